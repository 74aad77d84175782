// Issue 15: the court staff's work lists (courts/court-work-page.tsx) — the
// judge's acts to sign, the legal-force marks due, the secretary's writs to
// sign. ru-court-work.ts must match this shape.
export const kkCourtWork = {
  intro: 'Қол қою мен белгі қою істің бетінде жасалады: жолды басып, істі ашыңыз.',
  none: 'Кезекте ештеңе жоқ',
  noQueues: 'Сізде бұл беттегі кезектер жоқ.',
  caseNumber: '№ {{number}} іс',
  createdOn: 'Жасалған күні: {{date}}',
  dueOn: 'Белгі қою күні: {{date}}',
  overdue: 'Мерзімі өтті',
  courtWide: 'Соттың барлық істері бойынша (судья болмаған кезде төраға белгі қояды).',
  writ: 'Атқару парағы № {{number}}',
  debtors: 'Борышкер: {{names}}',
  sum: 'Сомасы: {{sum}}',
  issueDate: 'Берілген күні: {{date}}',
};
