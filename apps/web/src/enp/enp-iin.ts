// ENP-3 (seed 002: «only digits, 12 characters»): the IIN field accepts
// digits alone and at most twelve; what the person typed otherwise is
// dropped and said so, and how many digits are left is said as they type.

export type IinInput = { value: string; rejected: boolean };

/** What the field keeps of a typed or pasted text: its digits, at most 12; `rejected` when anything was dropped. */
export function acceptIinInput(typed: string): IinInput {
  const digits = typed.replace(/\D/g, '');
  const value = digits.slice(0, 12);
  return { value, rejected: digits.length !== typed.length || value.length !== digits.length };
}

export type IinState = 'empty' | 'short' | 'complete';

export function iinState(value: string): IinState {
  if (value === '') return 'empty';
  return /^\d{12}$/.test(value) ? 'complete' : 'short';
}
