import type { Locale, LocalizedText } from '@oryndau/kz';

/**
 * The names of request fields as a person reads them in a validation error
 * ("Данные заполнены неверно: ФИО должника."). Keyed by the field's path
 * with array indexes dropped (`parties.name` for `parties[2].name`), else by
 * its longest known suffix. A field missing here is named by the generic text, never
 * by its English identifier; the exact path stays in `details.fields`.
 */
export const FIELD_NAMES: Readonly<Record<string, LocalizedText>> = {
  // Where in the request, when the whole part is wrong (an array instead of an object, nothing at all).
  body: { kk: 'сұраудың мазмұны', ru: 'тело запроса' },
  querystring: { kk: 'сұрау параметрлері', ru: 'параметры запроса' },
  params: { kk: 'мекенжай параметрлері', ru: 'параметры адреса' },
  headers: { kk: 'сұрау тақырыптары', ru: 'заголовки запроса' },
  // Identifiers in the address.
  id: { kk: 'идентификатор', ru: 'идентификатор' },
  documentId: { kk: 'құжат идентификаторы', ru: 'идентификатор документа' },
  challengeId: { kk: 'қол қою сессиясының идентификаторы', ru: 'идентификатор сеанса подписания' },
  token: { kk: 'сілтеме', ru: 'ссылка' },
  file: { kk: 'файл атауы', ru: 'имя файла' },
  code: { kk: 'код', ru: 'код' },
  // Sign-in, profile, signing.
  iin: { kk: 'ЖСН', ru: 'ИИН' },
  password: { kk: 'құпиясөз', ru: 'пароль' },
  cms: { kk: 'қолтаңба', ru: 'подпись' },
  locale: { kk: 'интерфейс тілі', ru: 'язык интерфейса' },
  lang: { kk: 'құжат тілі', ru: 'язык документа' },
  format: { kk: 'файл пішімі', ru: 'формат файла' },
  confirm: { kk: 'растау', ru: 'подтверждение' },
  email: { kk: 'электрондық пошта', ru: 'электронная почта' },
  method: { kk: 'тіркелу тәсілі', ru: 'способ регистрации' },
  // Journal and lists.
  actor: { kk: 'орындаушының ЖСН', ru: 'ИИН исполнителя действия' },
  action: { kk: 'әрекет', ru: 'действие' },
  objectType: { kk: 'нысан түрі', ru: 'тип объекта' },
  objectId: { kk: 'нысан идентификаторы', ru: 'идентификатор объекта' },
  from: { kk: 'кезеңнің басы', ru: 'начало периода' },
  to: { kk: 'кезеңнің соңы', ru: 'конец периода' },
  before: { kk: 'беттің шекарасы', ru: 'граница страницы' },
  after: { kk: 'беттің шекарасы', ru: 'граница страницы' },
  limit: { kk: 'беттегі жазбалар саны', ru: 'число записей на странице' },
  queue: { kk: 'кезек', ru: 'очередь' },
  status: { kk: 'мәртебе', ru: 'статус' },
  category: { kk: 'санат', ru: 'категория' },
  debtor: { kk: 'борышкер', ru: 'должник' },
  overdue: { kk: 'мерзімі өткендер', ru: 'просроченные' },
  sort: { kk: 'сұрыптау', ru: 'сортировка' },
  // Calendar.
  year: { kk: 'жыл', ru: 'год' },
  date: { kk: 'күні', ru: 'дата' },
  kind: { kk: 'түрі', ru: 'вид' },
  name: { kk: 'атауы', ru: 'наименование' },
  'name.kk': { kk: 'қазақша атауы', ru: 'наименование на казахском' },
  'name.ru': { kk: 'орысша атауы', ru: 'наименование на русском' },
  // The executive-document card (ENF-1, ENF-10).
  arrivalOrder: { kk: 'түсу реті', ru: 'порядок поступления' },
  claimEssence: { kk: 'талаптың мәні', ru: 'суть требования' },
  issueDate: { kk: 'берілген күні', ru: 'дата выдачи' },
  issuingBody: { kk: 'берген орган', ru: 'орган, выдавший документ' },
  documentType: { kk: 'құжат түрі', ru: 'вид документа' },
  documentNumber: { kk: 'құжат нөмірі', ru: 'номер документа' },
  entryIntoForceDate: { kk: 'заңды күшіне енген күні', ru: 'дата вступления в законную силу' },
  registrationDate: { kk: 'тіркелген күні', ru: 'дата регистрации' },
  receivedFrom: { kk: 'кімнен түсті', ru: 'от кого поступил' },
  copyNumber: { kk: 'дана нөмірі', ru: 'номер экземпляра' },
  categoryCode: { kk: 'санат', ru: 'категория' },
  subcategory: { kk: 'кіші санат', ru: 'подкатегория' },
  amount: { kk: 'сома', ru: 'сумма' },
  amountTiyn: { kk: 'сома', ru: 'сумма' },
  currency: { kk: 'валюта', ru: 'валюта' },
  exchangeRate: { kk: 'валюта бағамы', ru: 'курс валюты' },
  exchangeRateDate: { kk: 'бағам күні', ru: 'дата курса' },
  senderDocumentDate: { kk: 'жіберушінің құжат күні', ru: 'дата документа отправителя' },
  senderOutgoingNumber: { kk: 'жіберушінің шығыс нөмірі', ru: 'исходящий номер отправителя' },
  signerName: { kk: 'қол қойған адам', ru: 'подписавшее лицо' },
  claimFiledBy: { kk: 'талапты кім берді', ru: 'кем подан иск' },
  solidaryLiability: { kk: 'ортақ жауапкершілік', ru: 'солидарная ответственность' },
  trustedPerson: { kk: 'сенім білдірілген адам', ru: 'доверенное лицо' },
  parties: { kk: 'тараптар', ru: 'стороны' },
  'parties.role': { kk: 'тараптың рөлі', ru: 'роль стороны' },
  'parties.kind': { kk: 'тараптың түрі', ru: 'вид стороны' },
  'parties.identifier': { kk: 'тараптың ЖСН/БСН', ru: 'ИИН/БИН стороны' },
  'parties.name': { kk: 'тараптың аты немесе атауы', ru: 'ФИО или наименование стороны' },
  'parties.address': { kk: 'тараптың мекенжайы', ru: 'адрес стороны' },
  'parties.regionKato': { kk: 'тараптың өңірі', ru: 'регион стороны' },
  'parties.districtKato': { kk: 'тараптың ауданы', ru: 'район стороны' },
  // Acts (ENF-3…ENF-9, ENF-12).
  templateCode: { kk: 'құжат үлгісі', ru: 'шаблон документа' },
  groundCode: { kk: 'негіз', ru: 'основание' },
  reason: { kk: 'себебі', ru: 'причина' },
  toDepartmentCode: { kk: 'бөлімше', ru: 'подразделение' },
  requestType: { kk: 'сұрау түрі', ru: 'вид запроса' },
  arrest: { kk: 'тыйым салу', ru: 'арест' },
  'arrest.items': { kk: 'тыйым салынатын мүлік', ru: 'арестуемое имущество' },
  'arrest.items.description': { kk: 'мүліктің сипаттамасы', ru: 'описание имущества' },
  'arrest.items.identifier': { kk: 'мүліктің нөмірі', ru: 'номер имущества' },
  'arrest.items.valueTiyn': { kk: 'мүліктің құны', ru: 'стоимость имущества' },
  arrestId: { kk: 'тыйым салу', ru: 'арест' },
  bailiffId: { kk: 'сот орындаушысы', ru: 'судебный исполнитель' },
  title: { kk: 'тақырыбы', ru: 'заголовок' },
  needsApproval: { kk: 'бекіту қажеттігі', ru: 'необходимость утверждения' },
  // ЕРАП fines (SIMP-1).
  fines: { kk: 'айыппұлдар тізімі', ru: 'список штрафов' },
  erapFineId: { kk: 'ЕРАП айыппұлының нөмірі', ru: 'номер штрафа в ЕРАП' },
  debtorIin: { kk: 'борышкердің ЖСН/БСН', ru: 'ИИН/БИН должника' },
  debtorName: { kk: 'борышкердің аты', ru: 'ФИО должника' },
  caseOpenedOn: { kk: 'іс қозғалған күн', ru: 'дата возбуждения дела' },
  territoryKato: { kk: 'аумақ (КАТО)', ru: 'территория (КАТО)' },
  decision: { kk: 'қаулы', ru: 'постановление' },
  'decision.number': { kk: 'қаулының нөмірі', ru: 'номер постановления' },
  'decision.date': { kk: 'қаулының күні', ru: 'дата постановления' },
  'decision.enteredIntoForceOn': { kk: 'қаулының күшіне енген күні', ru: 'дата вступления постановления в силу' },
  'decision.article': { kk: 'ӘҚБтК бабы', ru: 'статья КоАП' },
  'decision.issuingBody': { kk: 'қаулы шығарған орган', ru: 'орган, вынесший постановление' },
  // Electronic writs (ENF-11) and payment notifications (SIMP-4).
  writ: { kk: 'электрондық атқару парағы', ru: 'электронный исполнительный лист' },
  signatures: { kk: 'қолтаңбалар', ru: 'подписи' },
  'signatures.judge': { kk: 'судьяның қолтаңбасы', ru: 'подпись судьи' },
  'signatures.secretary': { kk: 'хатшының қолтаңбасы', ru: 'подпись секретаря' },
  courtAct: { kk: 'сот актісі', ru: 'судебный акт' },
  'courtAct.mediaType': { kk: 'сот актісінің пішімі', ru: 'формат судебного акта' },
  'courtAct.content': { kk: 'сот актісінің мазмұны', ru: 'содержимое судебного акта' },
  'courtAct.signature': { kk: 'сот актісінің қолтаңбасы', ru: 'подпись судебного акта' },
  paymentId: { kk: 'төлем нөмірі', ru: 'номер платежа' },
  paidAt: { kk: 'төлем уақыты', ru: 'время платежа' },
  receiptCode: { kk: 'түбіртек коды', ru: 'код квитанции' },
  // The filing draft of «Сот кабинеті» (issue 14 items 3-5).
  courtId: { kk: 'сот', ru: 'суд' },
  form: { kk: 'іс түрі', ru: 'вид дела' },
  service: { kk: 'қызмет', ru: 'услуга' },
  targetCaseNumber: { kk: 'іс нөмірі', ru: 'номер дела' },
  claimAmountTiyn: { kk: 'талап сомасы', ru: 'сумма иска' },
  claimKind: { kk: 'талап түрі', ru: 'вид иска' },
  appendix: { kk: 'қосымша тізімі', ru: 'перечень приложения' },
  position: { kk: 'қосымшадағы құжаттың нөмірі', ru: 'номер документа в приложении' },
  'parties.iinBin': { kk: 'тараптың ЖСН/БСН', ru: 'ИИН/БИН стороны' },
  'parties.category': { kk: 'тараптың процестік жағдайы', ru: 'процессуальное положение стороны' },
  'principal.iinBin': { kk: 'сенім білдірушінің ЖСН/БСН', ru: 'ИИН/БИН доверителя' },
};

/** Said of a field this catalog does not name. */
export const UNNAMED_FIELD: LocalizedText = { kk: 'өріс', ru: 'поле' };

/** `parties[2].name` / `parties.2.name` / `/parties/2/name` → `parties.name`. */
export function fieldKey(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').split(/[./]/).filter((s) => s !== '' && !/^\d+$/.test(s)).join('.');
}

/** The field's name in the caller's language, or null when the catalog does not know it. */
export function fieldName(path: string, locale: Locale): string | null {
  // The longest known suffix: `fines.decision.number` → `decision.number`, `parties.name` before `name`.
  const segments = fieldKey(path).split('.');
  for (let start = 0; start < segments.length; start += 1) {
    const known = FIELD_NAMES[segments.slice(start).join('.')];
    if (known) return known[locale];
  }
  return null;
}

/** Names of several fields for a message: known names once each, every unknown one as the generic "field". */
export function fieldNames(paths: readonly string[], locale: Locale): string {
  const names: string[] = [];
  for (const path of paths) {
    const name = fieldName(path, locale) ?? UNNAMED_FIELD[locale];
    if (!names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(', ') : UNNAMED_FIELD[locale];
}

/** External systems as named in "the system … does not answer". */
export const SYSTEM_NAMES: Readonly<Record<string, LocalizedText>> = {
  'mobile-citizens': { kk: 'Мобильді азаматтар базасы', ru: 'База мобильных граждан' },
  payments: { kk: 'Төлем шлюзі', ru: 'Платёжный шлюз' },
  erap: { kk: 'ЕРАП', ru: 'ЕРАП' },
  'gbd-fl': { kk: 'ЖТ МДБ', ru: 'ГБД ФЛ' },
  siopso: { kk: 'СИОПСО', ru: 'СИОПСО' },
  'court-system': { kk: 'Соттардың ақпараттық жүйесі', ru: 'Информационная система судов' },
  archive: { kk: 'Мұрағат', ru: 'Архив' },
  sms: { kk: 'SMS шлюзі', ru: 'SMS-шлюз' },
  email: { kk: 'Пошта сервері', ru: 'Почтовый сервер' },
};

export const UNNAMED_SYSTEM: LocalizedText = { kk: 'сыртқы жүйе', ru: 'внешняя система' };
