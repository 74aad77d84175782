// ISSUE-13 item 1: the issuing body's name in Kazakh (entry form, card, edit),
// in its own file; ru-kkname.ts has the same shape.
export const kkKkName = {
  issuingBodyKk: 'Берген органның атауы (қазақша)',
  issuingBodyKkHint: 'Құжатта қазақша атауы болса толтырыңыз: қазақ тіліндегі актілерде сол жазылады.',
};
