import type { licensingRu } from './licensing-ru';

// Issue 17 (ЖСО лицензиялау): error texts in Kazakh; the same keys as licensing-ru.ts.
export const licensingKk: Record<keyof typeof licensingRu, string> = {
  'error.licensing.application_state': 'Өтініш басқа күйде (оны басқа қызметкер жаңа ғана өзгерткен болуы мүмкін). Бетті жаңартыңыз.',
  'error.licensing.not_paid': 'Лицензиялық алым төленбеген: қызмет көрсетуден бас тартылды.',
  'error.licensing.signature_refused': 'ЭЦҚ түпнұсқалығы расталмады (қолданыс мерзімі, кері қайтарылуы немесе ЖСН өтініш берушінің ЖСН-іне сәйкес келмейді): қызмет көрсетуден бас тартылды.',
  'error.licensing.person_not_found': 'Алушының деректері «Жеке тұлғалар» МДҚ-да жоқ: қызмет көрсетуден бас тартылды.',
  'error.licensing.licence_state': 'Лицензия басқа күйде (тоқтатыла тұрған, тоқтатылған немесе қайта ресімделген). Бетті жаңартыңыз.',
  'error.licensing.licence_inactive': 'Жеке сот орындаушысы лицензиясының қолданысы тоқтатыла тұрды немесе тоқтатылды: актілерге қол қоюға болмайды.',
  'error.licensing.documents_missing': 'Міндетті құжаттар қоса берілмеген: {missing}.',
  'error.licensing.payment_failed': 'Төлем шлюзі төлемді растамады. Төлемді кейінірек қайталаңыз.',
  'error.licensing.checklist_incomplete': 'Лицензия барлық біліктілік талаптары орындалды деп белгіленгенде ғана беріледі.',
  'error.licensing.survey_answered': 'Сіз бұл өтініш бойынша сауалнамаға жауап беріп қойдыңыз.',
};
