import type { kkKkName } from './kk-kkname.ts';

// Russian texts of kk-kkname.ts (ISSUE-13 item 1).
export const ruKkName: typeof kkKkName = {
  issuingBodyKk: 'Наименование органа, выдавшего документ (на казахском)',
  issuingBodyKkHint: 'Заполните, если в документе есть казахское наименование: его напечатают в актах на казахском языке.',
};
