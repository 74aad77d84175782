// FILE-17 (issue 15 items 4-5): the electronic archive's error texts, in
// Russian; archive-kk.ts has the same keys. Spread into ru.ts / kk.ts.
export const archiveRu = {
  'error.courts.archive_not_due': 'Дело ещё не подлежит передаче в архив: решение не вступило в законную силу или не прошли три рабочих дня.',
  'error.courts.archive_already': 'Дело уже сдано в архив; его документы больше не изменяются.',
  'error.courts.archive_inventory_stale': 'После составления описи в деле появились новые документы или подписи. Составьте опись заново.',
  'error.courts.archive_not_archived': 'Дело ещё не сдано в архив: копия и выгрузка доступны после подписания описи судьёй.',
} as const;
