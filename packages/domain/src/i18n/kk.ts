import type { ru } from './ru';

// Kazakh texts the server produces; the same keys as ru.ts.
export const kk: Record<keyof typeof ru, string> = {
  'error.validation': 'Деректер қате толтырылған: {fields}.',
  'error.not_found': 'Сұралған нысан табылмады.',
  'error.forbidden': 'Бұл әрекетке құқығыңыз жоқ.',
  'error.unauthenticated': 'Жалғастыру үшін жүйеге кіріңіз.',
  'error.conflict': 'Құжатты басқа пайдаланушы өзгертіп қойған. Бетті жаңартып, қайталаңыз.',
  'error.rate_limited': 'Сұраулар тым көп. {retryAfter} секундтан кейін қайталаңыз.',
  'error.internal': 'Жүйенің ішкі қатесі. Кейінірек қайталаңыз; қате қайталанса, қолдау қызметіне {requestId} сұрау кодын хабарлаңыз.',
  'error.database_unavailable': 'Дерекқор уақытша қолжетімсіз. Кейінірек қайталаңыз.',
  'error.auth.invalid_credentials': 'ЖСН немесе құпиясөз қате.',
  'error.auth.locked': 'Кіру әрекеттері тым көп сәтсіз болды. Тіркелгі {until} дейін бұғатталды.',
  'error.auth.csrf': 'Сеанс ескірген. Бетті жаңартып, әрекетті қайталаңыз.',
  'error.iin.invalid': 'ЖСН бақылау цифры дұрыс 12 цифрдан тұруы керек.',
  'error.calendar.invalid_day': 'Өндірістік күнтізбенің күні немесе күн түрі қате.',
  'error.external.unavailable': '«{system}» сыртқы жүйесі жауап бермейді. Сұрау автоматты түрде қайталанады.',

  'role.state_bailiff': 'Мемлекеттік сот орындаушысы',
  'role.private_bailiff': 'Жеке сот орындаушысы',
  'role.senior_bailiff': 'Аға сот орындаушысы',
  'role.court_office': 'Сот кеңсесінің маманы',
  'role.judge': 'Судья',
  'role.court_secretary': 'Сот отырысының хатшысы',
  'role.court_chairman': 'Сот төрағасы',
  'role.licensing_officer': 'Лицензиар қызметкері',
  'role.citizen': 'Азамат',
  'role.admin': 'Әкімші',

  'orgKind.court': 'Сот',
  'orgKind.enforcement_department': 'Аумақтық әділет департаменті (атқару)',
  'orgKind.chamber_of_private_bailiffs': 'Жеке сот орындаушыларының өңірлік палатасы',
  'orgKind.private_bailiff_office': 'Жеке сот орындаушысының кеңсесі',
  'orgKind.licensor': 'Лицензиар',
  'orgKind.system': 'Oryndau жүйесі',
};
