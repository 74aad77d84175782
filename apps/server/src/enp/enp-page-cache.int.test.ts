import { randomUUID } from 'node:crypto';
import { addCaseEvent, addCaseParticipant, addCourtCaseDocument, fireDueDeadlines, saveCourtCaseStatus } from '@oryndau/db';
import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { DECISION, draftAct, signDocument, staff } from '../courts/acts/court-acts-test-support';
import { PEOPLE } from '../courts/office-test-support';
import { ARCHIVE_HANDOVER, archiveHandoverHandler, scheduleArchiveHandover } from '../courts/archive/schedule-archive-handover';
import type { System } from '../system';
import { ENP_ENV, PortalClient, caseWithActs, issue } from './enp-test-support';

// Issue 16 (bench:enp): the participant's case page is cached per process,
// keyed by case, category and locale and versioned by the case's changes
// (migration 0025). A participant who has loaded the page (the cache warm)
// sees every kind of change on the very next request; a blocked document is
// gone at once; two categories never share a page; the session is checked
// on every request; every view is still journalled.

type Page = {
  case: { statusName: { ru: string }; archived: boolean }; me: { fullName: string; category: string };
  participants: { category: string; names: string[] }[]; course: { kind: string }[]; documents: { id: string; kind: string }[];
};
const PLAINTIFF = '900101300017';
const ACCUSED = '860202300016';
const SECRETARY = '950101400002';
const ADMIN = '800101300006';

async function signedIn(system: System, caseId: string, iin: string, category: string, fullName = 'Иванов Иван') {
  const issued = await issue(await staff(system, PEOPLE.office), caseId, { iin, category, fullName });
  const portal = new PortalClient(system);
  expect((await portal.search(iin, issued.password)).statusCode).toBe(200);
  return portal;
}

async function page(portal: PortalClient): Promise<Page> {
  const response = await portal.get('/api/enp/case');
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  return response.json() as Page;
}

/** Twice: the second answer comes from the cache (same version), and must equal the first. */
async function warm(portal: PortalClient): Promise<Page> {
  const first = await page(portal);
  expect(await page(portal)).toEqual(first);
  return first;
}

describeSystemOnEachEngine('ISSUE-16: the cached ЭНП case page is never stale', ({ system, clock }) => {
  const advance = () => clock.set(new Date(clock.now().getTime() + 3_600_000));

  it('ENP-4: course event, filed document, participant, status — each seen on the next request after the page was cached', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const { caseId } = await caseWithActs(system(), clock.now(), 'civil', []);
    const portal = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff');
    const before = await warm(portal);

    const db = system().db;
    await db.transaction((tx) => addCaseEvent(tx, { id: randomUUID(), caseId, kind: 'hearing_scheduled', occurredAt: clock.now(),
      localDate: '2026-03-02', details: {}, actorUserId: null }));
    const withEvent = await page(portal);
    expect(withEvent.course.length).toBe(before.course.length + 1);

    const fileId = (await db.query<{ file_id: string }>('SELECT file_id FROM case_documents WHERE case_id = $1 LIMIT 1', [caseId])).rows[0]!.file_id;
    const documentId = randomUUID();
    await db.transaction((tx) => addCourtCaseDocument(tx, { id: documentId, caseId, filingId: null, title: 'Ходатайство', fileId,
      kind: 'motion', position: null, addedAt: clock.now() }));
    expect((await page(portal)).documents.map((d) => d.id)).toContain(`doc:${documentId}`);

    await db.transaction((tx) => addCaseParticipant(tx, { id: randomUUID(), caseId, category: 'third_party', kind: 'individual',
      iinBin: null, name: 'Третье Лицо', email: null }, clock.now()));
    expect((await page(portal)).participants.flatMap((p) => p.names)).toContain('Третье Лицо');

    const version = (await db.query<{ version: number }>('SELECT version FROM court_cases WHERE id = $1', [caseId])).rows[0]!.version;
    await db.transaction((tx) => saveCourtCaseStatus(tx, caseId, version, 'suspended', clock.now()));
    expect((await page(portal)).case.statusName.ru).not.toBe(withEvent.case.statusName.ru);
  });

  it('ENP-4: an act signed and published after the page was cached is listed on the next request', async () => {
    clock.set(new Date('2026-03-03T05:00:00Z'));
    const { caseId } = await caseWithActs(system(), clock.now(), 'civil', []);
    const portal = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff');
    expect((await warm(portal)).documents.map((d) => d.kind)).not.toContain('decision');
    const judge = await staff(system(), PEOPLE.judgeCivil);
    const act = await draftAct(judge, caseId, DECISION);
    expect((await signDocument(system(), judge, act.documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);
    expect((await page(portal)).documents.map((d) => d.id)).toContain(`act:${act.id}`);
  });

  it('ENP-5: a document blocked after the page was cached disappears at once; unblocked, it is back', async () => {
    clock.set(new Date('2026-03-04T05:00:00Z'));
    const { caseId, acts, office } = await caseWithActs(system(), clock.now(), 'civil', ['decision']);
    const portal = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff');
    const id = `act:${acts[0]!.id}`;
    expect((await warm(portal)).documents.map((d) => d.id)).toContain(id);
    const url = `/api/enp/office/cases/${caseId}/documents/${encodeURIComponent(id)}`;
    expect((await office.post(`${url}/block`, { reason: 'Сведения о несовершеннолетнем' })).statusCode).toBe(200);
    expect((await page(portal)).documents.map((d) => d.id)).not.toContain(id);
    expect((await page(portal)).documents.map((d) => d.id)).not.toContain(id);
    expect((await office.post(`${url}/unblock`, { reason: 'Обезличено' })).statusCode).toBe(200);
    expect((await page(portal)).documents.map((d) => d.id)).toContain(id);
  });

  it('ENP-6, ENP-5: a new matrix version closing a kind hides it from a cached page at once; two categories never share a page', async () => {
    clock.set(new Date('2026-03-05T05:00:00Z'));
    const { caseId } = await caseWithActs(system(), clock.now(), 'civil', ['decision'], advance);
    const plaintiff = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff', 'Истцов Ерлан');
    const accused = await signedIn(system(), caseId, ACCUSED, 'accused', 'Чужой Категории');
    const seen = await warm(plaintiff);
    expect(seen.documents.map((d) => d.kind)).toContain('decision');
    // A category outside the civil form sees nothing (ENP-6) — not the plaintiff's cached page — and its own name, not another's.
    const other = await warm(accused);
    expect(other.documents).toEqual([]);
    expect(other.me).toMatchObject({ fullName: 'Чужой Категории', category: 'accused' });
    expect((await page(plaintiff)).me).toMatchObject({ fullName: 'Истцов Ерлан', category: 'plaintiff' });
    expect((await page(plaintiff)).documents.map((d) => d.kind)).toContain('decision');

    const admin = await staff(system(), ADMIN);
    const current = (await admin.get('/api/enp/matrix')).json() as { version: number; cells: { form: string; category: string; kind: string; allowed: boolean }[] };
    const closed = current.cells.map((c) => (c.form === 'civil' && c.category === 'plaintiff' && c.kind === 'decision'
      ? { ...c, allowed: false, basis: { kk: 'Сынақ', ru: 'Проверка' } } : c));
    expect((await admin.put('/api/enp/matrix', { baseVersion: current.version, note: 'кэш', cells: closed })).statusCode).toBe(200);
    expect((await page(plaintiff)).documents.map((d) => d.kind)).not.toContain('decision');
    expect((await admin.put('/api/enp/matrix', { baseVersion: current.version + 1, note: 'назад', cells: current.cells })).statusCode).toBe(200);
    expect((await page(plaintiff)).documents.map((d) => d.kind)).toContain('decision');
  });

  it('ENP-10: archiving a case whose page is cached shows it archived, with the archive\'s documents, on the next request', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const { caseId } = await caseWithActs(system(), clock.now(), 'civil', ['decision']);
    const portal = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff');
    expect((await warm(portal)).case.archived).toBe(false);
    await system().db.transaction((tx) => scheduleArchiveHandover(tx, { caseId, inForceOn: '2026-03-04' }, clock.now()));
    expect((await fireDueDeadlines(system().db, { [ARCHIVE_HANDOVER]: archiveHandoverHandler }, () => new Date('2026-03-09T19:00:30Z'))).fired)
      .toBeGreaterThanOrEqual(1);
    clock.set(new Date('2026-03-10T04:00:00Z'));
    const secretary = await staff(system(), SECRETARY);
    const prepared = await secretary.post(`/api/court-cases/${caseId}/archive/inventory`, { version: 1 });
    expect(prepared.statusCode, prepared.body).toBe(200);
    const judge = await staff(system(), PEOPLE.judgeCivil);
    expect((await signDocument(system(), judge, (prepared.json() as { documentId: string }).documentId, PEOPLE.judgeCivil)).statusCode).toBe(200);
    // The portal session has gone idle meanwhile: sign in again (a new session, the same cached page key).
    const again = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff');
    const archived = await page(again);
    expect(archived.case.archived).toBe(true);
    expect(archived.documents.map((d) => d.kind)).toContain('archive_inventory');
    expect(archived.documents.every((d) => d.id.startsWith('arc:'))).toBe(true);
  });

  it('ENP-3, ENP-11: a replaced password and an idle session are refused even with the page cached; every cached view is journalled', async () => {
    clock.set(new Date('2026-03-06T05:00:00Z'));
    const { caseId } = await caseWithActs(system(), clock.now(), 'civil', []);
    const portal = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff');
    const seen = await warm(portal);
    const views = async () => (await system().db.query<{ details: { documents: number; category: string } }>(
      `SELECT details FROM journal WHERE object_id = $1 AND action = 'enp.case_viewed' ORDER BY seq`, [caseId])).rows;
    expect((await views()).map((r) => r.details)).toEqual([0, 1].map(() => expect.objectContaining({ documents: seen.documents.length, category: 'plaintiff' })));
    await page(portal);
    expect(await views()).toHaveLength(3);

    // A re-issue replaces the password: the old session is refused though its page is cached.
    const fresh = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff');
    expect((await portal.get('/api/enp/case')).json()).toMatchObject({ code: 'enp.signed_out' });
    await warm(fresh);
    // 31 minutes without requests: the session has gone idle (ENP_SESSION_IDLE_MINUTES 30).
    clock.set(new Date(clock.now().getTime() + 31 * 60_000));
    expect((await fresh.get('/api/enp/case')).json()).toMatchObject({ code: 'enp.signed_out' });
  });

  it('ENP-4, ENP-11: a cached page for a checked session costs one statement — the guarded journal entry — and nothing else', async () => {
    clock.set(new Date('2026-03-07T05:00:00Z'));
    const { caseId } = await caseWithActs(system(), clock.now(), 'civil', []);
    const portal = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff');
    const seen = await warm(portal);
    const db = system().db;
    const statements: string[] = [];
    let transactions = 0;
    const { query, transaction } = db;
    db.query = ((text: string, params?: readonly unknown[]) => { statements.push(text); return query.call(db, text, params); }) as typeof db.query;
    db.transaction = ((fn, options) => { transactions += 1; return transaction.call(db, fn, options); }) as typeof db.transaction;
    try {
      expect(await page(portal)).toEqual(seen);
    } finally {
      db.query = query;
      db.transaction = transaction;
    }
    expect(transactions).toBe(0);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^INSERT INTO journal/);
    const last = (await db.query<{ request_id: string; subject_iin: string; details: { category: string } }>(
      `SELECT request_id, subject_iin, details FROM journal WHERE object_id = $1 AND action = 'enp.case_viewed' ORDER BY seq DESC LIMIT 1`, [caseId])).rows[0]!;
    expect(last).toMatchObject({ subject_iin: PLAINTIFF, details: { category: 'plaintiff' } });
  });

  it('ENP-3: a session ended or gone idle in the database (another server process) is refused though this process checked it', async () => {
    clock.set(new Date('2026-03-08T05:00:00Z'));
    const { caseId } = await caseWithActs(system(), clock.now(), 'civil', []);
    const db = system().db;
    const ended = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff');
    const idle = await signedIn(system(), caseId, ACCUSED, 'defendant');
    await warm(ended);
    await warm(idle);
    const sessionsOf = async (iin: string) => (await db.query<{ token_hash: string }>(
      'SELECT s.token_hash FROM enp_sessions s JOIN enp_accesses a ON a.id = s.access_id WHERE a.iin = $1 AND a.case_id = $2', [iin, caseId])).rows;
    // Signed out elsewhere: the row is gone.
    await db.query('DELETE FROM enp_sessions WHERE token_hash = ANY($1::text[])', [(await sessionsOf(PLAINTIFF)).map((r) => r.token_hash)]);
    expect((await ended.get('/api/enp/case')).json()).toMatchObject({ code: 'enp.signed_out' });
    // Idle as the database knows it (its last request 31 minutes back), while this process saw it a moment ago.
    await db.query(`UPDATE enp_sessions SET last_seen_at = $2 WHERE token_hash = ANY($1::text[])`,
      [(await sessionsOf(ACCUSED)).map((r) => r.token_hash), new Date(clock.now().getTime() - 31 * 60_000).toISOString()]);
    expect((await idle.get('/api/enp/case')).json()).toMatchObject({ code: 'enp.signed_out' });
    const journalled = (await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM journal WHERE object_id = $1 AND action = 'enp.case_viewed'`, [caseId])).rows[0]!.n;
    expect(journalled).toBe(4); // the two warm-ups each; the refused requests left no entry
  });

  it('ENP-11: concurrent requests from cached sessions are journalled together, each entry with its own request', async () => {
    clock.set(new Date('2026-03-09T05:00:00Z'));
    const { caseId } = await caseWithActs(system(), clock.now(), 'civil', []);
    const portal = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff');
    const seen = await warm(portal);
    const before = (await system().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM journal WHERE object_id = $1 AND action = 'enp.case_viewed'`, [caseId])).rows[0]!.n;
    const answers = await Promise.all(Array.from({ length: 24 }, () => portal.get('/api/enp/case')));
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    expect(answers.map((a) => a.json())).toEqual(answers.map(() => seen));
    const rows = (await system().db.query<{ request_id: string }>(
      `SELECT request_id FROM journal WHERE object_id = $1 AND action = 'enp.case_viewed' ORDER BY seq OFFSET $2`, [caseId, before])).rows;
    expect(rows).toHaveLength(24);
    expect(new Set(rows.map((r) => r.request_id)).size).toBe(24);
  });
}, ENP_ENV);

describeSystemOnEachEngine('ISSUE-16: the ЭНП case page without the cache (ENP_PAGE_CACHE_ENTRIES=0)', ({ system, clock }) => {
  it('ENP-4, ENP-5: every request reads the view; a block is seen at once', async () => {
    clock.set(new Date('2026-03-02T05:00:00Z'));
    const { caseId, acts, office } = await caseWithActs(system(), clock.now(), 'civil', ['decision']);
    const portal = await signedIn(system(), caseId, PLAINTIFF, 'plaintiff');
    const id = `act:${acts[0]!.id}`;
    expect((await warm(portal)).documents.map((d) => d.id)).toContain(id);
    expect((await office.post(`/api/enp/office/cases/${caseId}/documents/${encodeURIComponent(id)}/block`, { reason: 'Проверка' })).statusCode).toBe(200);
    expect((await page(portal)).documents.map((d) => d.id)).not.toContain(id);
  });
}, { ...ENP_ENV, ENP_PAGE_CACHE_ENTRIES: '0' });
