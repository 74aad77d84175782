import type { OrganisationKind, Role } from '@oryndau/domain';
import type { CourtData } from '@oryndau/db';

// Demo organisations and users seeded on the first start of an empty
// database (README lists the logins). Names are invented; IINs and BINs
// are made up but carry valid check digits.

export const DEMO_PASSWORD = 'Oryndau2026';

export type DemoOrganisation = {
  id: string; kind: OrganisationKind; nameKk: string; nameRu: string; bin: string | null; regionId: string; timeZone: string;
  parentId?: string;
};

// Region ids are KATO codes (packages/kz regions).
const ASTANA = '710000000';
const ZHAMBYL = '310000000';
const AKTOBE = '150000000';

// The system organisation ('system', the demo administrator's) is reference data, not demo data: seed.ts seedReferenceData.
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { id: 'licensor-moj', kind: 'licensor', nameKk: 'Қазақстан Республикасының Әділет министрлігі',
    nameRu: 'Министерство юстиции Республики Казахстан', bin: '120340000004', regionId: ASTANA, timeZone: 'Asia/Almaty' },
  { id: 'court-astana-esil', kind: 'court', nameKk: 'Астана қаласы Есіл аудандық соты',
    nameRu: 'Есильский районный суд города Астаны', bin: '080140000007', regionId: ASTANA, timeZone: 'Asia/Almaty' },
  { id: 'court-taraz', kind: 'court', nameKk: 'Жамбыл облысы Тараз қалалық соты',
    nameRu: 'Таразский городской суд Жамбылской области', bin: '150740000004', regionId: ZHAMBYL, timeZone: 'Asia/Almaty' },
  // Issue 14: a western court (its receipt dates count in Asia/Aqtobe, not Astana's zone), the appeal
  // court of Astana and the cassation court, so every instance has a court in the demo.
  { id: 'court-aktobe', kind: 'court', nameKk: 'Ақтөбе облысы Ақтөбе қалалық соты',
    nameRu: 'Актюбинский городской суд Актюбинской области', bin: '160340000001', regionId: AKTOBE, timeZone: 'Asia/Aqtobe' },
  { id: 'court-astana-city', kind: 'court', nameKk: 'Астана қалалық соты',
    nameRu: 'Суд города Астаны', bin: '010340000001', regionId: ASTANA, timeZone: 'Asia/Almaty' },
  { id: 'court-cassation', kind: 'court', nameKk: 'Қазақстан Республикасының Кассациялық соты',
    nameRu: 'Кассационный суд Республики Казахстан', bin: '250740000005', regionId: ASTANA, timeZone: 'Asia/Almaty' },
  { id: 'doj-astana', kind: 'enforcement_department', nameKk: 'Астана қаласының Әділет департаменті',
    nameRu: 'Департамент юстиции города Астаны', bin: '021240000002', regionId: ASTANA, timeZone: 'Asia/Almaty', parentId: 'licensor-moj' },
  { id: 'doj-zhambyl', kind: 'enforcement_department', nameKk: 'Жамбыл облысының Әділет департаменті',
    nameRu: 'Департамент юстиции Жамбылской области', bin: '030540000002', regionId: ZHAMBYL, timeZone: 'Asia/Almaty', parentId: 'licensor-moj' },
  { id: 'chamber-zhambyl', kind: 'chamber_of_private_bailiffs', nameKk: 'Жамбыл облысының жеке сот орындаушыларының өңірлік палатасы',
    nameRu: 'Региональная палата частных судебных исполнителей Жамбылской области', bin: null, regionId: ZHAMBYL, timeZone: 'Asia/Almaty' },
];

export type DemoUser = { iin: string; fullName: string; roles: Role[]; organisationId: string | null; email: string; phone: string };

export const DEMO_USERS: DemoUser[] = [
  { iin: '800101300006', fullName: 'Сейітов Ерлан Қайратұлы', roles: ['admin'], organisationId: 'system', email: 'admin@oryndau.test', phone: '+77010000001' },
  { iin: '850312300002', fullName: 'Жақсылықов Нұрлан Серікұлы', roles: ['state_bailiff'], organisationId: 'doj-astana', email: 'gsi@oryndau.test', phone: '+77010000002' },
  { iin: '880415400004', fullName: 'Ахметова Айгүл Нұрланқызы', roles: ['private_bailiff'], organisationId: 'chamber-zhambyl', email: 'chsi@oryndau.test', phone: '+77010000003' },
  { iin: '780120300003', fullName: 'Бекмұханов Асхат Маратұлы', roles: ['senior_bailiff'], organisationId: 'doj-astana', email: 'senior@oryndau.test', phone: '+77010000004' },
  { iin: '900505400001', fullName: 'Сәрсенбаева Динара Ерланқызы', roles: ['court_office'], organisationId: 'court-astana-esil', email: 'office@oryndau.test', phone: '+77010000005' },
  { iin: '710830300000', fullName: 'Қасымов Бауыржан Әбілұлы', roles: ['judge'], organisationId: 'court-astana-esil', email: 'judge@oryndau.test', phone: '+77010000006' },
  { iin: '950101400002', fullName: 'Тоқтарова Аружан Маратқызы', roles: ['court_secretary'], organisationId: 'court-astana-esil', email: 'secretary@oryndau.test', phone: '+77010000007' },
  { iin: '650214300008', fullName: 'Нұрпейісов Талғат Сапарұлы', roles: ['court_chairman', 'judge'], organisationId: 'court-astana-esil', email: 'chairman@oryndau.test', phone: '+77010000008' },
  { iin: '870909400008', fullName: 'Жұмабекова Салтанат Қанатқызы', roles: ['licensing_officer'], organisationId: 'licensor-moj', email: 'licensing@oryndau.test', phone: '+77010000009' },
  { iin: '920707300005', fullName: 'Исабеков Данияр Асқарұлы', roles: ['citizen'], organisationId: null, email: 'citizen@oryndau.test', phone: '+77010000010' },
  { iin: '011120500008', fullName: 'Серікбаев Әлихан Бауыржанұлы', roles: ['citizen'], organisationId: null, email: 'citizen2@oryndau.test', phone: '+77010000011' },
  { iin: '750611300106', fullName: 'Омаров Ерлан Болатұлы', roles: ['senior_bailiff'], organisationId: 'doj-zhambyl', email: 'senior.taraz@oryndau.test', phone: '+77010000012' },
  { iin: '820917300105', fullName: 'Төлеуов Мұрат Ағабекұлы', roles: ['state_bailiff'], organisationId: 'doj-zhambyl', email: 'gsi.taraz@oryndau.test', phone: '+77010000013' },
  { iin: '830225400101', fullName: 'Ким Ирина Викторовна', roles: ['private_bailiff'], organisationId: 'chamber-zhambyl', email: 'chsi2@oryndau.test', phone: '+77010000014' },
  // Issue 14: a second judge of the Esil court (criminal and administrative cases), so the distribution proposal has a choice, and a judge of the western court.
  { iin: '760403400004', fullName: 'Әлиева Гүлнар Серікқызы', roles: ['judge'], organisationId: 'court-astana-esil', email: 'judge2@oryndau.test', phone: '+77010000015' },
  { iin: '680728300008', fullName: 'Досжанов Қайрат Мұратұлы', roles: ['judge'], organisationId: 'court-aktobe', email: 'judge.aktobe@oryndau.test', phone: '+77010000016' },
  // Issue 17 (LIC-2): a lawyer who applies for a private bailiff's licence through the portal; ГБД ФЛ's simulator knows her under this name.
  { iin: '900714400521', fullName: 'Мұхамедова Сәуле Мұратқызы', roles: ['citizen'], organisationId: null, email: 'applicant.lic@oryndau.test', phone: '+77010000017' },
];

/** Who receives documents (ENF-12): kind, territory and, for private bailiffs, the licence. */
export type DemoBailiff = { iin: string; kind: 'state' | 'private'; regionKato: string; licence?: { number: string; validFrom: string; validUntil: string } };

export const DEMO_BAILIFFS: DemoBailiff[] = [
  { iin: '850312300002', kind: 'state', regionKato: ASTANA },
  { iin: '820917300105', kind: 'state', regionKato: ZHAMBYL },
  { iin: '880415400004', kind: 'private', regionKato: ZHAMBYL, licence: { number: 'ЧСИ-00000412', validFrom: '2019-04-01', validUntil: '2099-12-31' } },
  // Her licence has lapsed: distribution shows her as not eligible, and why.
  { iin: '830225400101', kind: 'private', regionKato: ZHAMBYL, licence: { number: 'ЧСИ-00000388', validFrom: '2015-02-01', validUntil: '2025-01-31' } },
];

/** The courts' own data (issue 14): code, level, instances and forms heard, hours, address. */
export type DemoCourt = CourtData;

// Working hours of the demo courts: 09:00–18:30, lunch 13:00–14:30 (local time of each court's zone).
const HOURS = { workdayStart: '09:00', workdayEnd: '18:30', lunchStart: '13:00', lunchEnd: '14:30' } as const;

// Codes are invented (4 digits, as in case numbers like 7114-26-00-2/15); addresses are invented too.
export const DEMO_COURTS: DemoCourt[] = [
  { organisationId: 'court-astana-esil', code: '7114', level: 'district', instances: ['first'], forms: ['civil', 'criminal', 'administrative'], ...HOURS,
    address: { kk: 'Астана қ., Есіл ауданы, Мәңгілік Ел даңғылы, 10', ru: 'г. Астана, район Есиль, проспект Мангилик Ел, 10' },
    phone: '+77172000114', email: 'esil@court.oryndau.test' },
  { organisationId: 'court-taraz', code: '3110', level: 'district', instances: ['first'], forms: ['civil', 'criminal', 'administrative'], ...HOURS,
    address: { kk: 'Тараз қ., Төле би даңғылы, 25', ru: 'г. Тараз, проспект Толе би, 25' }, phone: '+77262000310', email: 'taraz@court.oryndau.test' },
  { organisationId: 'court-aktobe', code: '1510', level: 'district', instances: ['first'], forms: ['civil', 'criminal', 'administrative'], ...HOURS,
    address: { kk: 'Ақтөбе қ., Әбілқайыр хан даңғылы, 40', ru: 'г. Актобе, проспект Абулхаир хана, 40' }, phone: '+77132000151', email: 'aktobe@court.oryndau.test' },
  { organisationId: 'court-astana-city', code: '7100', level: 'regional', instances: ['appeal'], forms: ['civil', 'criminal', 'administrative'], ...HOURS,
    address: { kk: 'Астана қ., Есіл ауданы, Қабанбай батыр даңғылы, 2', ru: 'г. Астана, район Есиль, проспект Кабанбай батыра, 2' },
    phone: '+77172000100', email: 'astana@court.oryndau.test' },
  { organisationId: 'court-cassation', code: '0001', level: 'cassation', instances: ['cassation'], forms: ['civil', 'criminal', 'administrative'], ...HOURS,
    address: { kk: 'Астана қ., Есіл ауданы, Тәуелсіздік даңғылы, 39', ru: 'г. Астана, район Есиль, проспект Тауелсиздик, 39' },
    phone: '+77172000001', email: 'cassation@court.oryndau.test' },
];

/** Judges' places in the courts (FILE-12): specialisations are case forms (and/or category codes). */
export const DEMO_COURT_JUDGES: { iin: string; courtId: string; specialisations: string[] }[] = [
  { iin: '710830300000', courtId: 'court-astana-esil', specialisations: ['civil'] },
  { iin: '650214300008', courtId: 'court-astana-esil', specialisations: ['civil', 'administrative'] },
  { iin: '760403400004', courtId: 'court-astana-esil', specialisations: ['criminal', 'administrative'] },
  { iin: '680728300008', courtId: 'court-aktobe', specialisations: ['civil', 'criminal', 'administrative'] },
];
