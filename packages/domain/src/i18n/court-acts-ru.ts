// Issue 15 items 1-2: the server's Russian texts for court acts and legal force (merged into ru.ts).
export const courtActsRu = {
  'error.courts.act_signed': 'Судебный акт уже подписан судьёй и больше не может быть изменён. Исправления вносятся новым актом.',
  'error.courts.act_transition_forbidden': 'Это действие недоступно для акта в его текущем состоянии. Обновите страницу.',
  'error.courts.act_already_signed': 'Вы уже подписали этот судебный акт.',
  'error.courts.act_fields_required': 'Заполните резолютивную часть акта.',
  'error.courts.act_pdf_required': 'Текст акта загружается файлом PDF. Выберите файл PDF.',
  'error.courts.act_corrects_invalid': 'Исправляемый акт должен быть подписанным актом этого же дела.',
  'error.courts.act_not_complete': 'Акт ещё подписан не всеми судьями дела.',
  'error.courts.legal_force_none': 'Для этого вида акта закон не устанавливает отдельного вступления в законную силу.',
  'error.courts.legal_force_too_early': 'Отметку о вступлении в законную силу можно поставить не ранее {date}.',
  'error.courts.legal_force_blocked': 'Акт не вступает в законную силу: в срок подана апелляционная жалоба {filingNumber}.',
  'error.courts.legal_force_already_marked': 'Акт уже вступил в законную силу.',
  'error.courts.absence_reason_required': 'Председатель суда ставит отметку только с указанием причины отсутствия судьи.',
} as const;
