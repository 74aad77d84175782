// Kazakh words for assistive technology (ISSUE-13 item 13): the skip link and
// the names of icon-only controls a screen reader announces. ru-a11y.ts must
// match this shape.
export const kkA11y = {
  skipToContent: 'Негізгі мазмұнға өту',
  previousPage: 'Алдыңғы бет',
  nextPage: 'Келесі бет',
  clear: 'Енгізілгенді өшіру',
};
