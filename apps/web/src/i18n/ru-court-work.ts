import type { kkCourtWork } from './kk-court-work.ts';

// Issue 15: the court staff's work lists (courts/court-work-page.tsx). The same shape as kk-court-work.ts.
export const ruCourtWork: typeof kkCourtWork = {
  intro: 'Подпись и отметка ставятся на странице дела: нажмите на строку, чтобы открыть дело.',
  none: 'В очереди ничего нет',
  noQueues: 'У вас нет очередей этой страницы.',
  caseNumber: 'Дело № {{number}}',
  createdOn: 'Составлен: {{date}}',
  dueOn: 'Дата отметки: {{date}}',
  overdue: 'Просрочено',
  courtWide: 'По всем делам суда (председатель ставит отметку в отсутствие судьи).',
  writ: 'Исполнительный лист № {{number}}',
  debtors: 'Должник: {{names}}',
  sum: 'Сумма: {{sum}}',
  issueDate: 'Дата выдачи: {{date}}',
};
