import type { courtActsRu } from './court-acts-ru';

// Issue 15 items 1-2: the server's Kazakh texts for court acts and legal force (merged into kk.ts).
export const courtActsKk: Record<keyof typeof courtActsRu, string> = {
  'error.courts.act_signed': 'Сот актісіне судья қол қойған, енді оны өзгертуге болмайды. Түзету жаңа актімен енгізіледі.',
  'error.courts.act_transition_forbidden': 'Актінің қазіргі күйінде бұл әрекет қолжетімсіз. Бетті жаңартыңыз.',
  'error.courts.act_already_signed': 'Сіз бұл сот актісіне қол қойып қойдыңыз.',
  'error.courts.act_fields_required': 'Актінің қарар бөлімін толтырыңыз.',
  'error.courts.act_pdf_required': 'Акт мәтіні PDF файлымен жүктеледі. PDF файлын таңдаңыз.',
  'error.courts.act_corrects_invalid': 'Түзетілетін акт осы істің қол қойылған актісі болуы керек.',
  'error.courts.act_not_complete': 'Актіге істің барлық судьялары әлі қол қойған жоқ.',
  'error.courts.legal_force_none': 'Актінің бұл түрі үшін заң заңды күшіне жеке енуді белгілемейді.',
  'error.courts.legal_force_too_early': 'Заңды күшіне ену туралы белгіні {date} бастап қоюға болады.',
  'error.courts.legal_force_blocked': 'Акт заңды күшіне енбейді: мерзімінде {filingNumber} апелляциялық шағымы берілді.',
  'error.courts.legal_force_already_marked': 'Акт заңды күшіне еніп қойған.',
  'error.courts.absence_reason_required': 'Сот төрағасы белгіні тек судьяның болмау себебін көрсетіп қояды.',
};
