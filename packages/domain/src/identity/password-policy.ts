// The password policy for accounts created outside the demo seed (the first
// administrator, `oryndau admin create`). NIST SP 800-63B's shape: length
// first, no forced rotation; plus a letter and a digit, and nothing an
// attacker would try first (the IIN, the demo password, a common word).

export const PASSWORD_MIN_LENGTH = 12;
/** The sign-in form accepts at most 200 characters; a longer password could never be typed there. */
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem =
  | 'too_short' | 'too_long' | 'control_character' | 'needs_letter_and_digit' | 'one_character' | 'contains_iin' | 'too_common';

/** Lower-case fragments nobody may build a password on (the first is the public demo password). */
const COMMON = ['oryndau2026', 'oryndau', 'password', 'qwerty', 'йцукен', 'пароль', 'құпиясөз', '123456', 'admin', 'админ'];

/**
 * What is wrong with a password, in the order a person fixes it; empty =
 * acceptable. Lengths count characters (code points, NFC), not bytes.
 */
export function passwordProblems(password: string, context: { iin?: string } = {}): PasswordProblem[] {
  const normalised = password.normalize('NFC');
  const chars = [...normalised];
  const problems: PasswordProblem[] = [];
  if (chars.length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (chars.length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(normalised)) problems.push('control_character');
  if (!/\p{L}/u.test(normalised) || !/\p{Nd}/u.test(normalised)) problems.push('needs_letter_and_digit');
  if (chars.length > 0 && new Set(chars).size === 1) problems.push('one_character');
  if (context.iin && normalised.includes(context.iin)) problems.push('contains_iin');
  const lower = normalised.toLowerCase();
  if (COMMON.some((word) => lower.includes(word))) problems.push('too_common');
  return problems;
}

export const PASSWORD_PROBLEM_TEXT: Readonly<Record<PasswordProblem, { kk: string; ru: string }>> = {
  too_short: { kk: `Құпиясөз кемінде ${PASSWORD_MIN_LENGTH} таңбадан тұруы керек.`, ru: `Пароль должен содержать не менее ${PASSWORD_MIN_LENGTH} символов.` },
  too_long: { kk: `Құпиясөз ${PASSWORD_MAX_LENGTH} таңбадан аспауы керек.`, ru: `Пароль должен быть не длиннее ${PASSWORD_MAX_LENGTH} символов.` },
  control_character: { kk: 'Құпиясөзде басқару таңбалары болмауы керек.', ru: 'Пароль не должен содержать управляющих символов.' },
  needs_letter_and_digit: { kk: 'Құпиясөзде кемінде бір әріп және бір цифр болуы керек.', ru: 'Пароль должен содержать хотя бы одну букву и одну цифру.' },
  one_character: { kk: 'Құпиясөз бір таңбаның қайталануынан тұрмауы керек.', ru: 'Пароль не должен состоять из одного повторяющегося символа.' },
  contains_iin: { kk: 'Құпиясөзде ЖСН болмауы керек.', ru: 'Пароль не должен содержать ИИН.' },
  too_common: { kk: 'Бұл құпиясөз тым қарапайым немесе жалпыға белгілі (мысалы, демо құпиясөзі).',
    ru: 'Пароль слишком простой или общеизвестный (например, демонстрационный).' },
};
