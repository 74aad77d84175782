import { simulatedPerson } from '@oryndau/adapters';
import { createSignedData, devCa } from '@oryndau/esign';
import { nodePkiDirectory } from '@oryndau/esign/node';
import { computeCheckDigit } from '@oryndau/kz';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { DEMO_APPLICANTS } from '../signing/demo-keys';

const JUDGE = '710830300000';
const PASSWORD = 'Жаңа кабинет 2026';

/** Valid IINs (born 1 Jan 1990, a man) not among the demo users, ГБД ФЛ knowing them (found) or not. */
function iins(count: number, start: number, found = true): string[] {
  const out: string[] = [];
  for (let serial = start; out.length < count && serial < 9999; serial += 1) {
    const first11 = `9001013${String(serial).padStart(4, '0')}`;
    const check = computeCheckDigit(first11);
    if (check === null) continue;
    const iin = `${first11}${check}`;
    if ((simulatedPerson(iin) !== null) === found) out.push(iin);
  }
  return out;
}

async function fresh(c: TestClient) {
  await c.get('/api/session');
  return c;
}

type Issued = Awaited<ReturnType<typeof devCa.issueCertificate>>;

/** An authentication key from this system's dev CA (the test NCA), for a person the users table does not have. */
async function authKey(system: System, now: Date, request: { iin: string; name: string; bin?: string; organization?: string;
  role?: devCa.OrganizationRole }): Promise<Issued> {
  const dir = nodePkiDirectory(system.trust.pkiDir);
  const state = (await devCa.loadDevPki(dir))!;
  const issued = await devCa.issueCertificate(state.pki, { now, purpose: 'auth', ...request });
  await devCa.saveDevPki(dir, devCa.recordIssued(state, issued));
  return issued;
}

async function signedChallenge(c: TestClient, key: Issued) {
  const challenge = (await c.post('/api/auth/esign/challenge')).json() as { challengeId: string; nonce: string };
  const cms = await createSignedData({ content: new TextEncoder().encode(challenge.nonce), detached: false, privateKey: key.privateKey,
    certificate: key.certificate, chain: key.chain, signingTime: new Date() });
  return { challengeId: challenge.challengeId, cms: Buffer.from(cms).toString('base64') };
}

describeSystemOnEachEngine('court cabinet registration', ({ system, client, clock }) => {
  const [byPassword, duplicate, weak, byEsign, head, employee] = iins(6, 100);
  const [unknown] = iins(1, 100, false);

  it('ISSUE-14 item 2, FILE-3, X-3: a new applicant registers with IIN, e-mail and password; ГБД ФЛ gives the name; signed in as a citizen', async () => {
    const c = await fresh(client('kk'));
    const person = simulatedPerson(byPassword!)!;
    const registered = await c.post('/api/cabinet/register', { method: 'password', iin: byPassword, email: 'aigerim@example.kz', password: PASSWORD, locale: 'kk' });
    expect(registered.statusCode).toBe(200);
    const expectedName = [person.surname, person.name, person.patronymic].filter(Boolean).join(' ');
    expect(registered.json().user).toMatchObject({ iin: byPassword, fullName: expectedName, roles: ['citizen'], locale: 'kk', organisation: null, representing: null });
    // Signed in at once: the session and /api/me know the person.
    expect((await c.get('/api/session')).json().user).toMatchObject({ iin: byPassword, representing: null });
    expect((await c.get('/api/me')).json().user.iin).toBe(byPassword);
    // The password works for the next sign-in; it is nowhere in the journal.
    expect((await (await fresh(client('ru'))).signIn(byPassword!, PASSWORD)).statusCode).toBe(200);
    const journal = await system().db.query<{ action: string; details: unknown }>(
      "SELECT action, details FROM journal WHERE actor_iin = $1 AND action LIKE 'auth.%' ORDER BY seq", [byPassword]);
    expect(journal.rows.map((r) => r.action)).toEqual(['auth.registered', 'auth.login']);
    expect(journal.rows[0]!.details).toMatchObject({ method: 'password', locale: 'kk' });
    expect(JSON.stringify(journal.rows)).not.toContain(PASSWORD);
    const stored = await system().db.query<{ email: string; password_hash: string }>('SELECT email, password_hash FROM users WHERE iin = $1', [byPassword]);
    expect(stored.rows[0]!.email).toBe('aigerim@example.kz');
    expect(stored.rows[0]!.password_hash).not.toContain(PASSWORD);
  });

  it('ISSUE-14 item 2, FILE-3: an IIN ГБД ФЛ does not know is refused in kk/ru, journalled, and no account is opened', async () => {
    const ru = await (await fresh(client('ru'))).post('/api/cabinet/register', { method: 'password', iin: unknown, email: 'a@example.kz', password: PASSWORD, locale: 'ru' });
    expect(ru.statusCode).toBe(422);
    expect(ru.json()).toMatchObject({ code: 'cabinet.person_not_found' });
    expect(ru.json().message).toContain('Государственной базе данных «Физические лица»');
    const kk = await (await fresh(client('kk'))).post('/api/cabinet/register', { method: 'password', iin: unknown, email: 'a@example.kz', password: PASSWORD, locale: 'kk' });
    expect(kk.json().message).toContain('мемлекеттік дерекқорында табылмады');
    expect((await system().db.query('SELECT 1 FROM users WHERE iin = $1', [unknown])).rows).toHaveLength(0);
    const refused = await system().db.query<{ details: { reason: string } }>("SELECT details FROM journal WHERE actor_iin = $1 AND action = 'auth.register_refused'", [unknown]);
    expect(refused.rows.map((r) => r.details.reason)).toEqual(['person_not_found', 'person_not_found']);
  });

  it('ISSUE-14 item 2, FILE-3: a second registration of the same IIN is a 409 in kk/ru (also for an existing demo user)', async () => {
    const first = await (await fresh(client('ru'))).post('/api/cabinet/register', { method: 'password', iin: duplicate, email: 'b@example.kz', password: PASSWORD, locale: 'ru' });
    expect(first.statusCode).toBe(200);
    const again = await (await fresh(client('ru'))).post('/api/cabinet/register', { method: 'password', iin: duplicate, email: 'c@example.kz', password: `${PASSWORD}x`, locale: 'ru' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'cabinet.already_registered' });
    expect(again.json().message).toMatch(/^Учётная запись «Судебного кабинета» с этим ИИН уже существует/);
    const judge = await (await fresh(client('kk'))).post('/api/cabinet/register', { method: 'password', iin: JUDGE, email: 'j@example.kz', password: PASSWORD, locale: 'kk' });
    expect(judge.statusCode).toBe(409);
    expect(judge.json().message).toMatch(/тіркелгі бұрыннан бар/);
    // The first account is untouched.
    expect((await system().db.query<{ email: string }>('SELECT email FROM users WHERE iin = $1', [duplicate])).rows[0]!.email).toBe('b@example.kz');
  });

  it('ISSUE-14 item 2, X-3: a bad IIN, a bad e-mail and a weak password are refused with reasons in the caller\'s language', async () => {
    const c = await fresh(client('ru'));
    const wrongCheckDigit = `${weak!.slice(0, 11)}${(Number(weak![11]) + 1) % 10}`;
    const badIin = await c.post('/api/cabinet/register', { method: 'password', iin: wrongCheckDigit, email: 'a@example.kz', password: PASSWORD, locale: 'ru' });
    expect(badIin.statusCode).toBe(400);
    expect(badIin.json().code).toBe('iin.invalid');
    const badEmail = await c.post('/api/cabinet/register', { method: 'password', iin: weak, email: 'not-an-email', password: PASSWORD, locale: 'ru' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json()).toMatchObject({ code: 'validation', message: 'Данные заполнены неверно: электронная почта.' });
    const noEmail = await c.post('/api/cabinet/register', { method: 'password', iin: weak, password: PASSWORD, locale: 'ru' });
    expect(noEmail.statusCode).toBe(400);
    const short = await c.post('/api/cabinet/register', { method: 'password', iin: weak, email: 'a@example.kz', password: 'abc1', locale: 'ru' });
    expect(short.statusCode).toBe(422);
    expect(short.json().code).toBe('cabinet.weak_password');
    expect(short.json().message).toContain('Пароль должен содержать не менее 12 символов');
    const withIin = await (await fresh(client('kk'))).post('/api/cabinet/register', { method: 'password', iin: weak, email: 'a@example.kz', password: `Pass${weak}`, locale: 'kk' });
    expect(withIin.json().message).toContain('Құпиясөзде ЖСН болмауы керек');
    expect((await system().db.query('SELECT 1 FROM users WHERE iin = $1', [weak])).rows).toHaveLength(0);
  });

  it('ISSUE-14 item 2, FILE-3, SIG-8: ЭЦП — an authentication key of an IIN not yet a user: sign-in refuses, registration with a fresh challenge opens the account', async () => {
    const c = await fresh(client('ru'));
    // A browser-sent IIN or name could not matter: the body has no such field, the certificate decides.
    const key = await authKey(system(), clock.now(), { iin: byEsign!, name: 'СЕРІКОВ СЕРІК' });
    const signIn = await c.post('/api/auth/esign', await signedChallenge(c, key));
    expect(signIn.statusCode).toBe(401);
    expect(signIn.json().code).toBe('auth.esign_unknown_user');
    const proof = await signedChallenge(c, key);
    const registered = await c.post('/api/cabinet/register', { method: 'esign', ...proof, email: 'serik@example.kz', locale: 'ru' });
    expect(registered.statusCode).toBe(200);
    expect(registered.json().user).toMatchObject({ iin: byEsign, roles: ['citizen'], locale: 'ru', representing: null });
    expect(registered.json().user.fullName.startsWith(simulatedPerson(byEsign!)!.surname)).toBe(true);
    // The nonce was burnt; the same proof cannot open a second account, and the next registration is a 409.
    expect((await c.post('/api/cabinet/register', { method: 'esign', ...proof, email: 'x@example.kz', locale: 'ru' })).json().code).toBe('signing.challenge_used');
    const second = await c.post('/api/cabinet/register', { method: 'esign', ...await signedChallenge(c, key), email: 'x@example.kz', locale: 'ru' });
    expect(second.statusCode).toBe(409);
    // From now on the key signs in; the account has no password.
    expect((await (await fresh(client())).post('/api/auth/esign', await signedChallenge(c, key))).json().user.iin).toBe(byEsign);
    expect((await system().db.query<{ password_hash: string | null }>('SELECT password_hash FROM users WHERE iin = $1', [byEsign])).rows[0]!.password_hash).toBeNull();
  });

  it('ISSUE-14 item 2, FILE-3, SIG-8: a legal entity\'s certificate — the session shows the BIN, the organisation and the first-head flag', async () => {
    const c = await fresh(client('kk'));
    const headKey = await authKey(system(), clock.now(), { iin: head!, name: 'ЖАРЫҚОВ АСАН', bin: '120540012345', organization: 'ЖШС «Жарық»', role: 'first-head' });
    const registered = await c.post('/api/cabinet/register', { method: 'esign', ...await signedChallenge(c, headKey), email: 'head@example.kz', locale: 'kk' });
    expect(registered.statusCode).toBe(200);
    const expected = { bin: '120540012345', organisationName: 'ЖШС «Жарық»', firstHead: true };
    expect(registered.json().user.representing).toEqual(expected);
    expect((await c.get('/api/session')).json().user.representing).toEqual(expected);
    expect((await c.get('/api/me')).json().user.representing).toEqual(expected);
    // Changing the language keeps the organisation of this session.
    expect((await c.put('/api/me/locale', { locale: 'ru' })).json().user.representing).toEqual(expected);

    // An employee's certificate signs in for the organisation, not as its head.
    const e = await fresh(client('ru'));
    const employeeKey = await authKey(system(), clock.now(), { iin: employee!, name: 'ҚЫЗМЕТКЕР БЕРІК', bin: '120540012345', organization: 'ЖШС «Жарық»', role: 'employee' });
    expect((await e.post('/api/cabinet/register', { method: 'esign', ...await signedChallenge(e, employeeKey), email: 'emp@example.kz', locale: 'ru' })).statusCode).toBe(200);
    const later = await fresh(client('ru'));
    const signedIn = await later.post('/api/auth/esign', await signedChallenge(later, employeeKey));
    expect(signedIn.json().user.representing).toEqual({ ...expected, firstHead: false });
    expect((await later.get('/api/session')).json().user.representing).toEqual({ ...expected, firstHead: false });
    const journal = await system().db.query<{ details: { representing: unknown } }>(
      "SELECT details FROM journal WHERE actor_iin = $1 AND action = 'auth.login' ORDER BY seq DESC LIMIT 1", [employee]);
    expect(journal.rows[0]!.details.representing).toEqual({ bin: '120540012345', firstHead: false });

    // IIN/BIN + password is the person's own IIN: a password session acts for nobody.
    const judge = await fresh(client('ru'));
    await judge.signIn(JUDGE);
    expect((await judge.get('/api/me')).json().user.representing).toBeNull();
  });

  it('ISSUE-14 item 2, FILE-3, SIG-8: the demo applicants\' keys (dev mode) register — ГБД ФЛ knows them by the same names', async () => {
    for (const applicant of DEMO_APPLICANTS) {
      expect(simulatedPerson(applicant.iin)).not.toBeNull();
      // The certificate as ensureDemoKeys issues it (without generating every demo key here: that is slow).
      const [surname = '', name = ''] = applicant.fullName.split(' ');
      const key = await authKey(system(), clock.now(), { iin: applicant.iin, name: `${surname} ${name}`,
        ...(applicant.bin ? { bin: applicant.bin, organization: applicant.organization!, role: applicant.role! } : {}) });
      const c = await fresh(client('kk'));
      const registered = await c.post('/api/cabinet/register', { method: 'esign', ...await signedChallenge(c, key), email: 'demo@mail.kz', locale: 'kk' });
      expect(registered.statusCode).toBe(200);
      expect(registered.json().user).toMatchObject({ iin: applicant.iin, fullName: applicant.fullName, roles: ['citizen'] });
      expect(registered.json().user.representing).toEqual(applicant.bin
        ? { bin: applicant.bin, organisationName: applicant.organization, firstHead: true } : null);
    }
  });
});
