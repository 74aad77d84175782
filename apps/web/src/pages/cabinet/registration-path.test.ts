import { describe, expect, it } from 'vitest';
import { isEmailAddress, isRegistrationHash } from './registration-path.ts';

describe('ISSUE-14 item 2, FILE-3: the registration page and its e-mail check', () => {
  it('FILE-3: #/register opens the registration page; other pages do not', () => {
    expect(isRegistrationHash('#/register')).toBe(true);
    expect(isRegistrationHash('#/register/')).toBe(true);
    expect(isRegistrationHash('#/register?x=1')).toBe(true);
    expect(isRegistrationHash('#/')).toBe(false);
    expect(isRegistrationHash('')).toBe(false);
    expect(isRegistrationHash('#/register-me')).toBe(false);
  });

  it('FILE-3: an e-mail needs a name, one @ and a domain with a dot', () => {
    expect(isEmailAddress('aigerim@mail.kz')).toBe(true);
    expect(isEmailAddress(' a.b@sub.example.kz ')).toBe(true);
    expect(isEmailAddress('aigerim@mail')).toBe(false);
    expect(isEmailAddress('aigerim mail.kz')).toBe(false);
    expect(isEmailAddress('a@@mail.kz')).toBe(false);
    expect(isEmailAddress('a b@mail.kz')).toBe(false);
  });
});
