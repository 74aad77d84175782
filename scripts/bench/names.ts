// Invented Kazakh names and organisation names for generated people, as
// SQL expressions over an integer key (so a name is a pure function of it).

const SURNAMES = [
  'Ахметов', 'Бекмұхамбетов', 'Жақсылықов', 'Серікбаев', 'Тоқтаров', 'Нұрпейісов', 'Омаров', 'Қасымов', 'Исабеков', 'Төлеуов',
  'Сәрсенбаев', 'Жұмабеков', 'Әбдірахманов', 'Байжанов', 'Сейітов', 'Мұқанов', 'Оспанов', 'Ержанов', 'Қалиев', 'Тұрсынов',
  'Кенжебеков', 'Смағұлов', 'Досжанов', 'Рахымов', 'Әлиев', 'Бекенов', 'Ыбыраев', 'Шәріпов', 'Жолдасов', 'Құрманов',
];
const MALE_NAMES = [
  'Ерлан', 'Нұрлан', 'Асхат', 'Бауыржан', 'Талғат', 'Данияр', 'Мұрат', 'Әлихан', 'Серік', 'Қайрат', 'Дәурен', 'Арман', 'Ержан',
  'Болат', 'Марат', 'Айдос', 'Санжар', 'Темірлан', 'Ғалым', 'Жандос',
];
const FEMALE_NAMES = [
  'Айгүл', 'Динара', 'Аружан', 'Салтанат', 'Гүлнар', 'Жанар', 'Әсел', 'Мадина', 'Айжан', 'Меруерт', 'Сәуле', 'Ботагөз', 'Ақмарал',
  'Індира', 'Гүлмира', 'Балжан',
];
const FATHER_NAMES = ['Нұрлан', 'Серік', 'Қайрат', 'Ерлан', 'Марат', 'Асқар', 'Болат', 'Бауыржан', 'Сапар', 'Ағабек', 'Жомарт', 'Нұрсұлтан'];
const COMPANY_WORDS = ['Алтын', 'Дала', 'Сапа', 'Береке', 'Нұр', 'Жол', 'Құрылыс', 'Тех', 'Агро', 'Сервис', 'Арна', 'Болашақ'];
const COMPANY_SUFFIXES = ['Инвест', 'Трейд', 'Строй', 'Логистик', 'Групп', 'Маркет', 'Энерго', 'Снаб'];
const BANKS = ['Береке', 'Халық', 'Отбасы', 'Дала', 'Сенім', 'Жетісу', 'Қазына', 'Шымкент', 'Тұран', 'Алатау'];
const STREETS = ['Абай даңғылы', 'Төле би көшесі', 'Қазыбек би көшесі', 'Желтоқсан көшесі', 'Сүлейменов көшесі', 'Әйтеке би көшесі',
  'Жамбыл көшесі', 'Бейбітшілік көшесі', 'Тәуелсіздік даңғылы', 'Момышұлы көшесі'];

const list = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;
const pick = (values: readonly string[], index: string) => `(${list(values)})[1 + (${index}) % ${values.length}]`;

/** «Surname Name Patronymic» of a person; `female` is a boolean SQL expression. */
export function personNameSql(key: string, female: string): string {
  return `${pick(SURNAMES, key)} || CASE WHEN ${female} THEN 'а' ELSE '' END || ' '
    || CASE WHEN ${female} THEN ${pick(FEMALE_NAMES, `(${key}) / ${SURNAMES.length}`)} ELSE ${pick(MALE_NAMES, `(${key}) / ${SURNAMES.length}`)} END || ' '
    || ${pick(FATHER_NAMES, `(${key}) / 7`)} || CASE WHEN ${female} THEN 'қызы' ELSE 'ұлы' END`;
}

/** A limited-liability partnership's name, unique per key. */
export function companyNameSql(key: string): string {
  return `'ТОО «' || ${pick(COMPANY_WORDS, key)} || ' ' || ${pick(COMPANY_SUFFIXES, `(${key}) / ${COMPANY_WORDS.length}`)} || '-' || (${key}) || '»'`;
}

/** A claimant organisation: a state revenue office for keys ≤ `stateOffices`, else a bank or a microfinance company. */
export function claimantOrgNameSql(key: string, stateOffices: number): string {
  return `CASE WHEN (${key}) <= ${stateOffices} THEN 'РММ «Мемлекеттік кірістер басқармасы № ' || (${key}) || '»'
    WHEN (${key}) % 3 = 0 THEN 'АҚ «' || ${pick(BANKS, key)} || ' Банк-' || (${key}) || '»'
    ELSE 'ТОО «МҚҰ «' || ${pick(COMPANY_WORDS, key)} || ' Кредит-' || (${key}) || '»»' END`;
}

export function addressSql(key: string): string {
  return `${pick(STREETS, key)} || ', ' || (1 + (${key}) % 180) || ', ' || (1 + (${key}) % 97)`;
}
