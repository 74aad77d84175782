import { describe, expect, it } from 'vitest';
import { registerBody, userSchema } from './identity';

const password = { method: 'password', iin: '900101300012', email: 'aigerim@mail.kz', password: 'Жаңа кабинет 2026', locale: 'kk' };
const esign = { method: 'esign', challengeId: '5a0f6d2e-4b8c-4d7e-9a1b-2c3d4e5f6a7b', cms: 'MIIBAAAAAAAAAAAAAAAAAAAA', email: 'a@b.kz', locale: 'ru' };

describe('ISSUE-14 item 2, FILE-3: the registration request and the user view', () => {
  it('FILE-3: both ways parse; the e-mail is required, trimmed and must be an address', () => {
    expect(registerBody.safeParse(password).success).toBe(true);
    expect(registerBody.parse({ ...password, email: '  aigerim@mail.kz ' })).toMatchObject({ email: 'aigerim@mail.kz' });
    expect(registerBody.safeParse(esign).success).toBe(true);
    expect(registerBody.safeParse({ ...password, email: 'aigerim' }).success).toBe(false);
    const { email: _omitted, ...withoutEmail } = esign;
    expect(registerBody.safeParse(withoutEmail).success).toBe(false);
    expect(registerBody.safeParse({ ...password, method: 'other' }).success).toBe(false);
    expect(registerBody.safeParse({ ...password, iin: '12345' }).success).toBe(false);
  });

  it('FILE-3, SIG-8: an IIN, name or BIN sent with the ЭЦП way is dropped — the certificate decides', () => {
    const parsed = registerBody.parse({ ...esign, iin: '900101300012', fullName: 'Someone Else', bin: '120540012345' });
    expect(parsed).not.toHaveProperty('iin');
    expect(parsed).not.toHaveProperty('fullName');
    expect(parsed).not.toHaveProperty('bin');
  });

  it('FILE-3: the user view says for which legal entity the session acts (or null)', () => {
    const user = { id: 'u', iin: '900101300012', fullName: 'А Б', roles: ['citizen'], locale: 'kk', organisation: null };
    expect(userSchema.safeParse({ ...user, representing: null }).success).toBe(true);
    expect(userSchema.safeParse({ ...user, representing: { bin: '120540012345', organisationName: 'ЖШС', firstHead: true } }).success).toBe(true);
    expect(userSchema.safeParse(user).success).toBe(false);
    expect(userSchema.safeParse({ ...user, representing: { bin: '1205', organisationName: 'ЖШС', firstHead: true } }).success).toBe(false);
  });
});
