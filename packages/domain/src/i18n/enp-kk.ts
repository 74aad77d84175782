import type { enpRu } from './enp-ru';

// Issue 16 (ЭНП): the portal's and the office's error texts in Kazakh; the same keys as enp-ru.ts.
export const enpKk: Record<keyof typeof enpRu, string> = {
  'error.enp.credentials': 'Іс табылмады: ЖСН мен сот кеңсесінде алған қол жеткізу құпиясөзін тексеріңіз.',
  'error.enp.locked': 'Қате әрекеттер тым көп. Іздеуді {until} кейін қайталаңыз.',
  'error.enp.signed_out': 'Істі қарау сеансы аяқталды. ЖСН мен қол жеткізу құпиясөзін қайта енгізіңіз.',
  'error.enp.access_conflict': 'Осы іс бойынша осы қатысушыға құпиясөзді басқа қызметкер жаңа ғана берді. Қол жеткізулер тізімін жаңартыңыз.',
  'error.enp.matrix_conflict': 'Қол жеткізу матрицасын басқа әкімші жаңа ғана өзгертті. Оны қайта жүктеңіз.',
  'error.enp.matrix_invalid': 'Қол жеткізу матрицасы толық емес: әр ұяшық бір рет, негіздемесі екі тілде көрсетілуі тиіс.',
  'error.enp.block_state': 'Құжат осы күйде тұр (бұғатталған немесе ашық). Бетті жаңартыңыз.',
  'error.enp.not_configured': 'ЭНП құпиясөздерін беру және тексеру серверде бапталмаған. Әкімшіге хабарласыңыз.',
};
