import { describe, expect, it } from 'vitest';
import { PASSWORD_PROBLEM_TEXT, passwordProblems } from './password-policy';

describe('issue 11 item 2: the password policy of `oryndau admin create` (X-3)', () => {
  it('X-3: accepts a long password with a letter and a digit', () => {
    expect(passwordProblems('Тау-шың 7 жасыл алма', { iin: '800101300006' })).toEqual([]);
    expect(passwordProblems('correct horse battery 9')).toEqual([]);
  });

  it('X-3: names every problem, in the order a person fixes them', () => {
    expect(passwordProblems('short1')).toEqual(['too_short']);
    expect(passwordProblems('onlylettershere')).toEqual(['needs_letter_and_digit']);
    expect(passwordProblems('1111111111111')).toEqual(['needs_letter_and_digit', 'one_character']);
    expect(passwordProblems('x800101300006x', { iin: '800101300006' })).toEqual(['contains_iin']);
    expect(passwordProblems('Oryndau2026!!')).toEqual(['too_common']);
    expect(passwordProblems('MyPassword12345')).toEqual(['too_common']);
    expect(passwordProblems('tab\there is 12345')).toEqual(['control_character']);
    expect(passwordProblems(`a1${'z'.repeat(199)}`)).toEqual(['too_long']);
  });

  it('X-1: every problem has a Kazakh and a Russian text', () => {
    for (const text of Object.values(PASSWORD_PROBLEM_TEXT)) {
      expect(text.kk.length).toBeGreaterThan(10);
      expect(text.ru.length).toBeGreaterThan(10);
    }
  });
});
