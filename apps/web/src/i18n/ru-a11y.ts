import type { kkA11y } from './kk-a11y.ts';

// Russian words for assistive technology (ISSUE-13 item 13); the shape is kk-a11y.ts.
export const ruA11y: typeof kkA11y = {
  skipToContent: 'Перейти к основному содержанию',
  previousPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  clear: 'Стереть введённое',
};
