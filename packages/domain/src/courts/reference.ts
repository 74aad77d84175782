/**
 * Courts' reference data (issue 14, COURTS-DESIGN.md "Codes"): the code
 * unions every layer shares (English identifiers in code and the database)
 * and the kk/ru words a person reads. Nothing here is shown as a code: a
 * screen, PDF or e-mail looks the text up by code.
 *
 * Participant categories, the refusal grounds of §37 and the texts of
 * warnings and power-of-attorney refusals live in sibling files and are
 * re-exported here, so `reference` is the one import for reference data.
 */
import type { LocalizedText } from '@oryndau/kz';

export * from './participants';
export * from './refusal-grounds';
export * from './reference-messages';

/** Case form: civil, criminal, administrative (АППК cases and administrative offences). */
export const CASE_FORMS = ['civil', 'criminal', 'administrative'] as const;
export type CaseForm = (typeof CASE_FORMS)[number];

export const CASE_FORM_TEXTS: Readonly<Record<CaseForm, LocalizedText>> = {
  civil: { kk: 'Азаматтық іс', ru: 'Гражданское дело' },
  criminal: { kk: 'Қылмыстық іс', ru: 'Уголовное дело' },
  administrative: { kk: 'Әкімшілік іс', ru: 'Административное дело' },
};

export const INSTANCES = ['first', 'appeal', 'cassation'] as const;
export type Instance = (typeof INSTANCES)[number];

/** Seed 003 §17: бірінші / апелляциялық / кассациялық сатыдағы сотта іс жүргізу. */
export const INSTANCE_TEXTS: Readonly<Record<Instance, LocalizedText>> = {
  first: { kk: 'Бірінші саты', ru: 'Первая инстанция' },
  appeal: { kk: 'Апелляциялық саты', ru: 'Апелляционная инстанция' },
  cassation: { kk: 'Кассациялық саты', ru: 'Кассационная инстанция' },
};

export const COURT_LEVELS = ['district', 'regional', 'cassation'] as const;
export type CourtLevel = (typeof COURT_LEVELS)[number];

export const COURT_LEVEL_TEXTS: Readonly<Record<CourtLevel, LocalizedText>> = {
  district: {
    kk: 'Аудандық (қалалық) сот, мамандандырылған ауданаралық сот',
    ru: 'Районный (городской) суд, специализированный межрайонный суд',
  },
  regional: { kk: 'Облыстық (қалалық) сот', ru: 'Областной (городской) суд' },
  cassation: { kk: 'Кассациялық сот', ru: 'Кассационный суд' },
};

/** The instance a court of each level hears (a court row may list more). */
export const INSTANCE_OF_LEVEL: Readonly<Record<CourtLevel, Instance>> = {
  district: 'first',
  regional: 'appeal',
  cassation: 'cassation',
};

/** FILE-2, seed 003 §13: the services of «Сот кабинеті». */
export const FILING_SERVICES = ['claim', 'appeal', 'cassation', 'hearing_record_request', 'hearing_record_remarks'] as const;
export type FilingService = (typeof FILING_SERVICES)[number];

/** Where a service goes; null: the court of an existing (target) case, whatever its instance. */
export const INSTANCE_OF_SERVICE: Readonly<Record<FilingService, Instance | null>> = {
  claim: 'first',
  appeal: 'appeal',
  cassation: 'cassation',
  hearing_record_request: null,
  hearing_record_remarks: null,
};

/** Services that need the number of an existing case. */
export const SERVICES_WITH_TARGET_CASE: readonly FilingService[] = ['hearing_record_request', 'hearing_record_remarks'];

export const FILING_SERVICE_TEXTS: Readonly<Record<FilingService, LocalizedText>> = {
  claim: { kk: 'Сотқа талап арыз беру', ru: 'Подача искового заявления в суд' },
  appeal: { kk: 'Апелляциялық шағым беру', ru: 'Подача апелляционной жалобы' },
  cassation: { kk: 'Кассациялық шағым беру', ru: 'Подача кассационной жалобы' },
  hearing_record_request: {
    kk: 'Сот отырысының хаттамасын беру туралы өтініш',
    ru: 'Заявление о выдаче протокола судебного заседания',
  },
  hearing_record_remarks: {
    kk: 'Сот отырысының хаттамасына ескертулер',
    ru: 'Замечания на протокол судебного заседания',
  },
};

/** `claim` is a claim in civil cases, an application or complaint in the other forms. */
const CLAIM_BY_FORM: Readonly<Record<CaseForm, LocalizedText>> = {
  civil: FILING_SERVICE_TEXTS.claim,
  criminal: { kk: 'Сотқа арыз (шағым) беру', ru: 'Подача заявления (жалобы) в суд' },
  administrative: { kk: 'Сотқа әкімшілік талап арыз (шағым) беру', ru: 'Подача административного иска (жалобы) в суд' },
};

/** The service's name as the applicant reads it for that form. */
export function serviceText(service: FilingService, form: CaseForm): LocalizedText {
  return service === 'claim' ? CLAIM_BY_FORM[form] : FILING_SERVICE_TEXTS[service];
}

export const CASE_STATUSES = ['registered', 'assigned', 'in_progress', 'suspended', 'decided', 'returned', 'transferred', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_TEXTS: Readonly<Record<CaseStatus, LocalizedText>> = {
  registered: { kk: 'Тіркелді', ru: 'Зарегистрировано' },
  assigned: { kk: 'Судьяға бөлінді', ru: 'Распределено судье' },
  in_progress: { kk: 'Іс жүргізуде', ru: 'В производстве' },
  suspended: { kk: 'Іс жүргізу тоқтатыла тұрды', ru: 'Производство приостановлено' },
  decided: { kk: 'Іс бойынша сот актісі шығарылды', ru: 'Вынесен судебный акт' },
  returned: { kk: 'Қайтарылды', ru: 'Возвращено' },
  transferred: { kk: 'Соттылығы бойынша берілді', ru: 'Передано по подсудности' },
  closed: { kk: 'Іс жүргізу аяқталды', ru: 'Производство окончено' },
};

export const FILING_STATUSES = ['draft', 'received', 'registered', 'refused', 'withdrawn'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const FILING_STATUS_TEXTS: Readonly<Record<FilingStatus, LocalizedText>> = {
  draft: { kk: 'Жоба', ru: 'Черновик' },
  received: { kk: 'Сотқа келіп түсті', ru: 'Поступило в суд' },
  registered: { kk: 'Тіркелді', ru: 'Зарегистрировано' },
  refused: { kk: 'Тіркеуден бас тартылды', ru: 'Отказано в регистрации' },
  withdrawn: { kk: 'Кері қайтарып алынды', ru: 'Отозвано' },
};

/** The course of the case: dated events the parties read. */
export const CASE_EVENT_KINDS = [
  'registered', 'judge_assigned', 'accepted', 'hearing_scheduled', 'hearing_held', 'suspended', 'resumed',
  'transferred', 'returned', 'decided', 'closed', 'documents_added', 'duty_paid',
  // Issue 15 (migration 0016): court acts and legal force, the electronic writ, the archive.
  'act_signed', 'act_published', 'appeal_filed', 'entered_into_force', 'writ_issued', 'writ_sent', 'writ_registered', 'writ_status',
  'handed_to_archive', 'archived',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export const CASE_EVENT_TEXTS: Readonly<Record<CaseEventKind, LocalizedText>> = {
  registered: { kk: 'Іс тіркелді', ru: 'Дело зарегистрировано' },
  judge_assigned: { kk: 'Судья тағайындалды', ru: 'Назначен судья' },
  accepted: { kk: 'Іс іс жүргізуге қабылданды', ru: 'Дело принято к производству' },
  hearing_scheduled: { kk: 'Сот отырысы тағайындалды', ru: 'Назначено судебное заседание' },
  hearing_held: { kk: 'Сот отырысы өтті', ru: 'Проведено судебное заседание' },
  suspended: { kk: 'Іс жүргізу тоқтатыла тұрды', ru: 'Производство приостановлено' },
  resumed: { kk: 'Іс жүргізу қайта басталды', ru: 'Производство возобновлено' },
  transferred: { kk: 'Іс соттылығы бойынша берілді', ru: 'Дело передано по подсудности' },
  returned: { kk: 'Арыз қайтарылды', ru: 'Заявление возвращено' },
  decided: { kk: 'Іс бойынша сот актісі шығарылды', ru: 'Вынесен судебный акт по делу' },
  closed: { kk: 'Іс бойынша іс жүргізу аяқталды', ru: 'Производство по делу окончено' },
  documents_added: { kk: 'Қосымша құжаттар келіп түсті', ru: 'Поступили дополнительные документы' },
  duty_paid: { kk: 'Мемлекеттік баж төленді', ru: 'Оплачена государственная пошлина' },
  act_signed: { kk: 'Сот актісіне судья қол қойды', ru: 'Судебный акт подписан судьёй' },
  act_published: { kk: 'Сот актісі қатысушылардың кабинетінде жарияланды', ru: 'Судебный акт размещён в кабинете участников' },
  appeal_filed: { kk: 'Апелляциялық шағым келіп түсті', ru: 'Поступила апелляционная жалоба' },
  entered_into_force: { kk: 'Сот актісі заңды күшіне енді', ru: 'Судебный акт вступил в законную силу' },
  writ_issued: { kk: 'Атқару парағы берілді', ru: 'Выдан исполнительный лист' },
  writ_sent: { kk: 'Атқару парағы орындауға жіберілді', ru: 'Исполнительный лист направлен на исполнение' },
  writ_registered: { kk: 'Атқару парағы орындауға тіркелді', ru: 'Исполнительный лист зарегистрирован к исполнению' },
  writ_status: { kk: 'Атқару іс жүргізуінің мәртебесі өзгерді', ru: 'Изменился статус исполнительного производства' },
  handed_to_archive: { kk: 'Іс мұрағатқа тапсырылды', ru: 'Дело передано в архив' },
  archived: { kk: 'Іс мұрағатқа қабылданды', ru: 'Дело принято в архив' },
};

/** FILE-9, seed 003 §26: what a trustee may do under an electronic power of attorney. */
export const POA_POWERS = ['file_claims', 'file_appeals', 'sign_documents', 'pay_duty', 'add_documents', 'receive_acts', 'observe_case'] as const;
export type PoaPower = (typeof POA_POWERS)[number];

export const POA_POWER_TEXTS: Readonly<Record<PoaPower, LocalizedText>> = {
  file_claims: { kk: 'Сотқа талап арыз (арыз) беру', ru: 'Подавать в суд исковые заявления (заявления)' },
  file_appeals: { kk: 'Апелляциялық және кассациялық шағымдар беру', ru: 'Подавать апелляционные и кассационные жалобы' },
  sign_documents: { kk: 'Құжаттарға қол қою', ru: 'Подписывать документы' },
  pay_duty: { kk: 'Мемлекеттік бажды төлеу', ru: 'Оплачивать государственную пошлину' },
  add_documents: { kk: 'Қосымша құжаттар жіберу', ru: 'Направлять дополнительные документы' },
  receive_acts: { kk: 'Сот актілерін алу', ru: 'Получать судебные акты' },
  observe_case: { kk: 'Іс барысын қадағалау', ru: 'Следить за ходом дела' },
};

/** The power each service needs when filed by a trustee. */
export const POWER_FOR_SERVICE: Readonly<Record<FilingService, PoaPower>> = {
  claim: 'file_claims',
  appeal: 'file_appeals',
  cassation: 'file_appeals',
  hearing_record_request: 'sign_documents',
  hearing_record_remarks: 'sign_documents',
};

/** Seed 003 §5: the forms an attached copy may have (recognised by content, not by name). */
export const ATTACHMENT_KINDS = ['pdf', 'docx', 'doc', 'xlsx', 'jpeg'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The format's usual abbreviation in brackets is the only Latin a person sees (it is the name people know). */
export const ATTACHMENT_KIND_TEXTS: Readonly<Record<AttachmentKind, LocalizedText>> = {
  pdf: { kk: 'Өзгермейтін пішімдегі құжат (PDF)', ru: 'Документ в неизменяемом формате (PDF)' },
  docx: { kk: 'Мәтіндік құжат (DOCX)', ru: 'Текстовый документ (DOCX)' },
  doc: { kk: 'Мәтіндік құжат, ескі пішім (DOC)', ru: 'Текстовый документ, старый формат (DOC)' },
  xlsx: { kk: 'Электрондық кесте (XLSX)', ru: 'Электронная таблица (XLSX)' },
  jpeg: { kk: 'Сурет немесе скан-көшірме (JPEG)', ru: 'Изображение или скан-копия (JPEG)' },
};

export const APPLICANT_KINDS = ['individual', 'legal_entity'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export const APPLICANT_KIND_TEXTS: Readonly<Record<ApplicantKind, LocalizedText>> = {
  individual: { kk: 'Жеке тұлға', ru: 'Физическое лицо' },
  legal_entity: { kk: 'Заңды тұлға', ru: 'Юридическое лицо' },
};

export const DUTY_PAYMENT_METHODS = ['online', 'receipt'] as const;
export type DutyPaymentMethod = (typeof DUTY_PAYMENT_METHODS)[number];

/** Seed 003 §20: online through the gateway, or a scanned receipt checked by its unique code. */
export const DUTY_PAYMENT_METHOD_TEXTS: Readonly<Record<DutyPaymentMethod, LocalizedText>> = {
  online: { kk: 'Онлайн-төлем', ru: 'Онлайн-оплата' },
  receipt: { kk: 'Төлем түбіртегі (бірегей коды бойынша тексеріледі)', ru: 'Квитанция об оплате (проверяется по уникальному коду)' },
};

export const DUTY_PAYMENT_STATUSES = ['pending', 'paid', 'failed'] as const;
export type DutyPaymentStatus = (typeof DUTY_PAYMENT_STATUSES)[number];

export const DUTY_PAYMENT_STATUS_TEXTS: Readonly<Record<DutyPaymentStatus, LocalizedText>> = {
  pending: { kk: 'Төлем күтілуде', ru: 'Ожидается оплата' },
  paid: { kk: 'Төленді', ru: 'Оплачено' },
  failed: { kk: 'Төлем өтпеді', ru: 'Оплата не прошла' },
};
