import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import type { TestClient } from '../../../../test/harness/test-system';
import { PEOPLE, generateAndSign, signDocument } from './test-support';

// ISSUE-13 item 8 (drafts and stale acts) and item 10 (the bailiff is told
// of the senior's decision), over HTTP on PGlite and PostgreSQL.

const card = () => ({
  arrivalOrder: 'first', claimEssence: 'Взыскание задолженности', issueDate: '2026-02-10', issuingBody: 'Таразский городской суд',
  documentType: 'writ_of_execution', documentNumber: `2-${Math.floor(Math.random() * 1e6)}/2026`, entryIntoForceDate: '2026-02-20',
  categoryCode: 'citizens', amount: '250000', currency: 'KZT', solidaryLiability: false, trustedPerson: false,
  parties: [
    { role: 'debtor', kind: 'individual', identifier: '920707300005', name: 'Исабеков Данияр Асқарұлы', regionKato: '310000000' },
    { role: 'claimant', kind: 'individual', identifier: '011120500008', name: 'Серікбаев Әлихан Бауыржанұлы', regionKato: '310000000' },
  ],
});

const INITIATE = { templateCode: 'enf.initiation', locale: 'ru', action: 'initiate' } as const;
type ActView = { id: string; documentId: string; status: string; stale: boolean };

describeSystemOnEachEngine('ISSUE-13 item 8: drafts', ({ system, client }) => {
  const bailiff = async (): Promise<TestClient> => {
    const c = client('ru');
    await c.signIn(PEOPLE.privateBailiff);
    return c;
  };
  const register = async (c: TestClient) => {
    const created = await c.post('/api/enforcement/executive-documents', card());
    expect(created.statusCode, created.body).toBe(201);
    return created.json().proceedingId as string;
  };
  const acts = async (c: TestClient, id: string) => (await c.get(`/api/enforcement/proceedings/${id}`)).json().acts as ActView[];
  const journal = async (id: string, action: string) => (await system().db.query<{ details: Record<string, unknown> }>(
    'SELECT details FROM journal WHERE object_id = $1 AND action = $2 ORDER BY seq', [id, action])).rows.map((r) => r.details);

  it('ISSUE-13 item 8, ENF-3: «Возбудить» twice — one after the other and two at once — makes one draft, and the second answer is that draft', async () => {
    const c = await bailiff();
    const id = await register(c);
    const first = await c.post(`/api/enforcement/proceedings/${id}/acts`, INITIATE);
    expect(first.statusCode, first.body).toBe(201);
    const again = await c.post(`/api/enforcement/proceedings/${id}/acts`, INITIATE);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    // Two at once on another proceeding: the proceeding's row lock orders them (PostgreSQL runs them truly concurrently).
    const other = await register(c);
    const both = await Promise.all([c.post(`/api/enforcement/proceedings/${other}/acts`, INITIATE),
      c.post(`/api/enforcement/proceedings/${other}/acts`, INITIATE)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(new Set(both.map((r) => r.json().id)).size).toBe(1);
    expect((await acts(c, other)).filter((a) => a.status === 'draft')).toHaveLength(1);
    expect((await acts(c, id)).filter((a) => a.status === 'draft')).toHaveLength(1);
  });

  it('ISSUE-13 item 8: the database holds one draft of a kind even without the server\'s check (unique partial index)', async () => {
    const c = await bailiff();
    const id = await register(c);
    const made = (await c.post(`/api/enforcement/proceedings/${id}/acts`, INITIATE)).json() as ActView;
    await expect(system().db.query(
      `INSERT INTO proceeding_acts (id, proceeding_id, action, effect, template_code, template_version, locale, params, document_id,
         needs_approval, base_version, status, created_by, created_at, draft_kind)
       SELECT gen_random_uuid(), proceeding_id, action, effect, template_code, template_version, locale, params, document_id,
         needs_approval, base_version, 'draft', created_by, created_at, draft_kind FROM proceeding_acts WHERE id = $1`, [made.id]))
      .rejects.toMatchObject({ code: expect.stringMatching(/^23505$/) });
  });

  it('ISSUE-13 item 8: other choices (another language) replace the draft; the replaced one is journalled as discarded', async () => {
    const c = await bailiff();
    const id = await register(c);
    const ru = (await c.post(`/api/enforcement/proceedings/${id}/acts`, INITIATE)).json() as ActView;
    const kk = await c.post(`/api/enforcement/proceedings/${id}/acts`, { ...INITIATE, locale: 'kk' });
    expect(kk.statusCode).toBe(201);
    expect(kk.json().id).not.toBe(ru.id);
    expect((await acts(c, id)).map((a) => a.id)).toEqual([kk.json().id]);
    expect(await journal(id, 'enforcement.act_discarded')).toEqual([expect.objectContaining({ actId: ru.id, because: 'replaced' })]);
  });

  it('ISSUE-13 item 8 (X-2): the author discards a draft — journalled, gone from the card; nobody else may, and a signed act is not a draft', async () => {
    const c = await bailiff();
    const id = await register(c);
    const draft = (await c.post(`/api/enforcement/proceedings/${id}/acts`, INITIATE)).json() as ActView;
    const stranger = client('ru');
    await stranger.signIn(PEOPLE.stateBailiffAstana);
    expect((await stranger.post(`/api/enforcement/acts/${draft.id}/discard`)).statusCode).toBe(404);
    const senior = client('ru');
    await senior.signIn(PEOPLE.seniorTaraz);
    expect((await senior.post(`/api/enforcement/acts/${draft.id}/discard`)).statusCode).toBe(403);
    const discarded = await c.post(`/api/enforcement/acts/${draft.id}/discard`);
    expect(discarded.statusCode, discarded.body).toBe(200);
    expect(discarded.json()).toEqual({ ok: true, proceedingId: id });
    expect(await acts(c, id)).toEqual([]);
    expect(await journal(id, 'enforcement.act_discarded')).toEqual([expect.objectContaining({ actId: draft.id, because: 'discarded' })]);
    const twice = await c.post(`/api/enforcement/acts/${draft.id}/discard`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toMatch(/невозможно/);
    // A new «Возбудить» after the discard makes a new draft.
    expect((await c.post(`/api/enforcement/proceedings/${id}/acts`, INITIATE)).statusCode).toBe(201);
  });

  it('ISSUE-13 item 8, ENF-10: a draft rendered before the card changed is stale on the card, refused at signing, and regenerated', async () => {
    const c = await bailiff();
    const id = await register(c);
    const draft = (await c.post(`/api/enforcement/proceedings/${id}/acts`, INITIATE)).json() as ActView;
    expect(draft.stale).toBe(false);
    const edited = await c.request({ method: 'PATCH', url: `/api/enforcement/proceedings/${id}/executive-document`, payload: { claimEssence: 'Взыскание алиментов' } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await acts(c, id)).find((a) => a.id === draft.id)).toMatchObject({ status: 'draft', stale: true });
    expect((await signDocument(system(), c, draft.documentId, PEOPLE.privateBailiff)).statusCode).toBe(409);
    const fresh = await c.post(`/api/enforcement/acts/${draft.id}/regenerate`);
    expect(fresh.statusCode, fresh.body).toBe(201);
    expect(fresh.json()).toMatchObject({ status: 'draft', stale: false });
    expect((await acts(c, id)).map((a) => a.id)).toEqual([fresh.json().id]);
    expect((await signDocument(system(), c, fresh.json().documentId, PEOPLE.privateBailiff)).statusCode).toBe(200);
    expect((await c.get(`/api/enforcement/proceedings/${id}`)).json().status).toBe('initiated');
  });

  it('ISSUE-13 item 8, ENF-10: no arrest nor travel ban on a proceeding that is only registered', async () => {
    const c = await bailiff();
    const id = await register(c);
    const travel = await c.post(`/api/enforcement/proceedings/${id}/acts`,
      { templateCode: 'enf.travel_restriction', locale: 'ru', params: { arrest: { kind: 'travel', items: [] } } });
    expect(travel.statusCode, travel.body).toBe(409);
    const accounts = await c.post(`/api/enforcement/proceedings/${id}/acts`, { templateCode: 'enf.arrest_accounts', locale: 'ru',
      params: { arrest: { kind: 'accounts', items: [{ kind: 'bank_account', description: 'Счёт в банке' }] } } });
    expect(accounts.statusCode).toBe(409);
    expect(await acts(c, id)).toEqual([]);
  });

  it('ISSUE-13 item 10, ENF-9: the bailiff is told by e-mail, in their language, when the senior returns or approves an act', async () => {
    const c = await bailiff();
    const senior = client('ru');
    await senior.signIn(PEOPLE.seniorTaraz);
    const id = await register(c);
    expect((await generateAndSign(system(), c, id, PEOPLE.privateBailiff, INITIATE)).signed.statusCode).toBe(200);
    const confirm = { templateCode: 'enf.execution_confirmed', locale: 'ru', action: 'confirmExecution' } as const;
    const first = await generateAndSign(system(), c, id, PEOPLE.privateBailiff, confirm);
    expect(first.act.needsApproval).toBe(true);
    expect((await senior.post(`/api/enforcement/acts/${first.act.id}/return`, { reason: 'Нет подтверждения оплаты' })).statusCode).toBe(200);
    const second = await generateAndSign(system(), c, id, PEOPLE.privateBailiff, confirm);
    expect((await signDocument(system(), senior, second.act.documentId, PEOPLE.seniorTaraz)).statusCode).toBe(200);
    const mail = await system().db.query<{ subject: string; body: string }>(
      "SELECT subject, body FROM outbox WHERE channel = 'email' AND recipient = 'chsi@oryndau.test'");
    const registration = (await c.get(`/api/enforcement/proceedings/${id}`)).json().registrationNumber as string;
    const locale = (await system().db.query<{ locale: string }>("SELECT locale FROM users WHERE iin = $1", [PEOPLE.privateBailiff])).rows[0]?.locale;
    expect(mail.rows).toHaveLength(2);
    expect(mail.rows.every((m) => m.subject.includes(registration))).toBe(true);
    // The fixed test clock gives both the same time: each is found by its words.
    const returned = mail.rows.find((m) => m.subject.includes(locale === 'kk' ? 'қайтарылды' : 'возвращено'));
    expect(returned?.body).toContain('Нет подтверждения оплаты');
    expect(mail.rows.find((m) => m.subject.includes(locale === 'kk' ? 'бекітілді' : 'утверждено'))).toBeDefined();
  });
}, { DEMO_KEYS: 'true' });
