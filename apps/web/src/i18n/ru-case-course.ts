import type { kkCaseCourse } from './kk-case-course.ts';

// Issue 15 «course of the case»: the judge's control on the court's case page
// (courts/case-course-control.tsx). The same shape as kk-case-course.ts.
export const ruCaseCourse: typeof kkCaseCourse = {
  title: 'Ход дела',
  status: 'Статус дела',
  intro: 'Действия, возможные в текущем статусе дела. Решение отмечается само при подписании судебного акта, окончание — при сдаче дела в архив.',
  hearingAt: 'Дата и время судебного заседания (по времени суда)',
  hearingRequired: 'Укажите дату и время судебного заседания',
  nextHearing: 'Следующее заседание: {{at}}',
  hearingOf: 'заседание: {{at}}',
  done: 'Сохранено',
  actions: {
    accept: 'Принять к производству',
    scheduleHearing: 'Назначить судебное заседание',
    holdHearing: 'Отметить заседание проведённым',
    suspend: 'Приостановить производство',
    resume: 'Возобновить производство',
    return: 'Возвратить иск',
    leaveWithoutConsideration: 'Оставить без рассмотрения',
    terminate: 'Прекратить производство',
  },
  confirm: 'Подтверждаете? Действие будет записано в ход дела.',
  yes: 'Да',
  no: 'Нет',
};
