import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedData, openPkcs12 } from '@oryndau/esign';
import { startOryndauCluster } from '../../../scripts/cluster/start-cluster';
import type { RunningCluster } from '../../../scripts/cluster/start-cluster';
import { waitForReplay } from '../../../scripts/cluster/pg-replication';
import { DECISION } from './courts/acts/court-acts-test-support';
import { PRIMARY_COOKIE } from './http/read-routing';
import { PEOPLE } from './courts/office-test-support';

// Issue 18 item 6: the cluster of `npm run cluster` — a PostgreSQL 15 primary,
// its streaming replica, two server processes (the real main.ts) and HAProxy
// in front — and the court → enforcement chain (FILE-14 → FILE-16 → ENF-11)
// driven over HTTP through HAProxy only, so consecutive requests of one
// person land on both processes. Then the routing of reads: with the replica's
// replay paused, a read-only route answers from the replica (it does not see a
// change just made on the primary), while the client that has just written
// reads the same route from the primary (its own write is there at once), and
// the public verification page finds a document signed during the pause.
// PostgreSQL only, by its nature (streaming replication has no PGlite form).
// HAProxy missing = the cluster does not start = this test fails (CI installs it).

const SECRETARY = '950101400002';
const PRIVATE_BAILIFF = '880415400004';
/** The defendant of the dev-mode demo case (courts/acts/dev-routes.ts): the debtor of the writ. */
const DEBTOR = '850312300002';
const ESIL = 'court-astana-esil';

type Answer = { status: number; text: string; bytes: Uint8Array; json: <T = Record<string, unknown>>() => T };

/** A person's browser: a cookie jar and the double-submit CSRF header, over real HTTP to HAProxy. */
class HttpClient {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  async request(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = { 'accept-language': 'ru' };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('oryndau_csrf');
    if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      const expired = attributes.some((a) => /max-age=0/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a.trim()));
      if (value === '' || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    return { status: response.status, text, bytes, json: <T>() => JSON.parse(text) as T };
  }

  /** As if the cookie had lapsed (e.g. the sticky window after a write). */
  forget(name: string) { this.cookies.delete(name); }

  get(path: string) { return this.request('GET', path); }
  post(path: string, body: unknown = {}) { return this.request('POST', path, body); }

  async signIn(iin: string): Promise<void> {
    if (!this.cookies.has('oryndau_csrf')) await this.get('/api/session');
    const signed = await this.post('/api/auth/login', { iin, password: 'Oryndau2026' });
    expect(signed.status, signed.text).toBe(200);
  }
}

async function staff(base: string, iin: string): Promise<HttpClient> {
  const c = new HttpClient(base);
  await c.signIn(iin);
  return c;
}

/** Signs a document as `iin` with the demo key file the cluster issued (downloaded over HTTP, as a browser would). */
async function signDocument(c: HttpClient, documentId: string, iin: string): Promise<Answer> {
  const keys = (await c.get('/api/dev/pki/keys')).json<{ keys: { iin: string | null; purpose: string; pin: string; url: string }[] }>().keys;
  const entry = keys.find((k) => k.iin === iin && k.purpose === 'sign');
  if (!entry) throw new Error(`no demo signing key for ${iin}`);
  const key = await openPkcs12((await c.get(entry.url)).bytes, entry.pin);
  const start = await c.post(`/api/documents/${documentId}/signing`);
  expect(start.status, start.text).toBe(200);
  const { challengeId } = start.json<{ challengeId: string }>();
  const content = (await c.get(`/api/documents/${documentId}/content`)).bytes;
  const cms = await createSignedData({ content, detached: true, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain,
    signingTime: new Date() });
  return c.post(`/api/signing/${challengeId}/signature`, { cms: Buffer.from(cms).toString('base64') });
}

/** The participant of the ЭНП part (a valid IIN that is no demo account). */
const PARTICIPANT = '870707300013';

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not reached in ${timeoutMs} ms (last: ${JSON.stringify(value).slice(0, 400)})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

type Writs = { writs: { id: string; status: string; cardDocumentId: string; actCopyDocumentId: string; history: { status: string }[] }[];
  preparableActs: { id: string }[]; participants: { id: string }[] };

describe('ISSUE-18 item 6: primary + streaming replica, 2 server processes behind HAProxy', () => {
  let cluster: RunningCluster | undefined;
  let primary: pg.Client | undefined;
  let replica: pg.Client | undefined;
  /** Pauses the replica's replay and waits until it has really stopped (pg_wal_replay_pause only requests it). */
  async function pauseReplay(): Promise<void> {
    await replica!.query('SELECT pg_wal_replay_pause()');
    for (let i = 0; i < 500; i += 1) {
      if ((await replica!.query<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state')).rows[0]?.state === 'paused') return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the replica did not pause its replay');
  }
  const caseViews = async (caseId: string) => Number(((await primary!.query(
    `SELECT count(*)::int AS n FROM journal WHERE action = 'enp.case_viewed' AND object_id = $1`, [caseId])).rows[0] as { n: number }).n);
  const running = () => {
    if (!cluster) throw new Error('cluster not started');
    return cluster;
  };

  beforeAll(async () => {
    cluster = await startOryndauCluster({
      processes: 2,
      env: { PASSWORD_HASH_LOG2N: '10', LOGIN_RATE_PER_MINUTE: '10000', RATE_PER_MINUTE: '100000', WORKER_INTERVAL_MS: '100',
        SIMULATED_SIOPSO: 'on-time', REPLICA_STICKY_SECONDS: '30' },
    });
    primary = new pg.Client({ connectionString: cluster.primaryUrl });
    replica = new pg.Client({ connectionString: cluster.replicaUrl });
    await primary.connect();
    await replica.connect();
  }, 170_000);

  afterAll(async () => {
    // Whatever happened: replay resumed (else the replica's stop waits), clients closed, every process and directory gone.
    await replica?.query('SELECT pg_wal_replay_resume()').catch(() => undefined);
    await replica?.end().catch(() => undefined);
    await primary?.end().catch(() => undefined);
    await cluster?.stop();
  }, 60_000);

  it('FILE-14, FILE-15, FILE-16, ENF-11 through HAProxy: decision → legal force → writ → enforcement initiates → "taken for execution"; '
    + 'read-only routes read the replica, a client\'s own writes are read on the primary', async () => {
    const base = running().url;
    const judge = await staff(base, PEOPLE.judgeCivil);
    const created = await judge.post('/api/dev/court-acts/demo-case');
    expect(created.status, created.text).toBe(200);
    const { caseId } = created.json<{ caseId: string }>();
    const act = await judge.post(`/api/court-cases/${caseId}/acts`, DECISION);
    expect(act.status, act.text).toBe(201);
    const { id: actId, documentId: decisionDocumentId } = act.json<{ id: string; documentId: string }>();
    expect((await signDocument(judge, decisionDocumentId, PEOPLE.judgeCivil)).status).toBe(200);

    // The appeal term runs out (dev mode), the judge marks legal force and signs the mark.
    expect((await judge.post(`/api/dev/court-acts/${actId}/term-elapsed`)).status).toBe(200);
    const mark = await judge.post(`/api/court-acts/${actId}/legal-force`);
    expect(mark.status, mark.text).toBe(200);
    expect((await signDocument(judge, mark.json<{ documentId: string }>().documentId, PEOPLE.judgeCivil)).status).toBe(200);

    const secretary = await staff(base, SECRETARY);
    const writs = async () => (await secretary.get(`/api/court-cases/${caseId}/writs`)).json<Writs>();
    const ready = await writs();
    expect(ready.preparableActs.map((a) => a.id)).toEqual([actId]);
    const prepared = await secretary.post(`/api/court-cases/${caseId}/writs`, { actId, amountMinor: 50_000_000,
      claimEssence: 'Қарызды өндіру / Взыскание долга', parties: ready.participants.map((p) => ({ participantId: p.id, regionKato: '310000000' })) });
    expect(prepared.status, prepared.text).toBe(200);
    const writ = (await writs()).writs[0]!;
    for (const [c, iin, documentId] of [[judge, PEOPLE.judgeCivil, writ.cardDocumentId], [judge, PEOPLE.judgeCivil, writ.actCopyDocumentId],
      [secretary, SECRETARY, writ.cardDocumentId]] as const) {
      const signed = await signDocument(c, documentId, iin);
      expect(signed.status, signed.text).toBe(200);
    }
    // The workers of the two processes deliver the writ (outbox, SKIP LOCKED) to the enforcement intake.
    await until('writ registered by enforcement', async () => (await writs()).writs[0]!.status, (s) => s === 'registered');
    const proceedingId = ((await primary!.query(
      'SELECT p.id FROM proceedings p JOIN executive_documents d ON d.id = p.executive_document_id WHERE d.external_id = $1', [writ.id]))
      .rows[0] as { id: string }).id;
    const bailiff = await staff(base, PRIVATE_BAILIFF);
    const incoming = (await bailiff.get(`/api/enforcement/proceedings?queue=incoming&debtor=${DEBTOR}&limit=100`)).json<{ items: { id: string }[] }>();
    expect(incoming.items.map((i) => i.id)).toContain(proceedingId);

    // From here the replica stands still: what a routed read returns shows where it was read.
    await waitForReplay(running().primaryUrl, running().replicaUrl);
    await pauseReplay();
    const initiation = await bailiff.post(`/api/enforcement/proceedings/${proceedingId}/acts`, { templateCode: 'enf.initiation', locale: 'kk', action: 'initiate' });
    expect(initiation.status, initiation.text).toBe(201);
    const initiationDocumentId = initiation.json<{ documentId: string }>().documentId;
    const initiated = await signDocument(bailiff, initiationDocumentId, PRIVATE_BAILIFF);
    expect(initiated.status, initiated.text).toBe(200);
    const phone = `+7 7172 ${String(Date.now() % 1_000_000).padStart(6, '0')}`;
    await primary!.query('UPDATE courts SET phone = $1 WHERE organisation_id = $2', [phone, ESIL]);
    const esilPhone = async (c: HttpClient) => (await c.get('/api/enp/courts')).json<{ courts: { id: string; phone: string | null }[] }>()
      .courts.find((court) => court.id === ESIL)?.phone;
    // A visitor with no recent write: both processes (round robin, two requests) answer from the paused replica.
    const visitor = new HttpClient(base);
    expect(await esilPhone(visitor)).not.toBe(phone);
    expect(await esilPhone(visitor)).not.toBe(phone);
    // The bailiff has just written (signed): her routed reads stay on the primary, on either process.
    expect(await esilPhone(bailiff)).toBe(phone);
    expect(await esilPhone(bailiff)).toBe(phone);
    // SIG-6: the public page of the act signed during the pause — not on the replica yet, found on the primary.
    const verified = await visitor.get(`/api/verify/${initiationDocumentId}`);
    expect(verified.status, verified.text).toBe(200);
    expect(verified.json<{ signatures: unknown[] }>().signatures).toHaveLength(1);

    await replica!.query('SELECT pg_wal_replay_resume()');
    await waitForReplay(running().primaryUrl, running().replicaUrl);
    expect(await esilPhone(visitor)).toBe(phone);
    expect((await visitor.get(`/api/verify/${decisionDocumentId}`)).status).toBe(200);

    // ENP-3, ENP-4, ENP-11 on the ЭНП portal: the court office issues a password; the participant signs in (a write: the
    // case page right after it reads the new session on the primary) and opens the case.
    const office = await staff(base, PEOPLE.office);
    const issued = await office.post(`/api/enp/office/cases/${caseId}/accesses`, { iin: PARTICIPANT, fullName: 'Өмірзақов Ержан',
      category: 'plaintiff', appliedOn: '2026-03-02', email: 'p@example.kz', representedEntity: null });
    expect(issued.status, issued.text).toBe(200);
    const participant = new HttpClient(base);
    await participant.get('/api/session');
    const signedIn = await participant.post('/api/enp/sign-in', { iin: PARTICIPANT, password: issued.json<{ password: string }>().password });
    expect(signedIn.status, signedIn.text).toBe(200);
    expect((await participant.get('/api/enp/case')).status).toBe(200);
    // Later (the sticky window over, the replica caught up): the session ends on the primary only, replay paused. The
    // page is still served — its reads come from the replica, which has not seen the end yet (the documented lag) —
    // and its journal entry commits on the primary (the replica would refuse it); once replayed, the session is gone.
    participant.forget(PRIMARY_COOKIE);
    await waitForReplay(running().primaryUrl, running().replicaUrl);
    await pauseReplay();
    const viewsBefore = await caseViews(caseId);
    await primary!.query('DELETE FROM enp_sessions');
    const stale = await participant.get('/api/enp/case');
    // Served from the replica's copy of the session (the documented lag), the view is still journalled on the primary;
    // a process may also have refused it already (it checks a session it has seen on the primary first).
    if (stale.status === 200) expect(await caseViews(caseId)).toBe(viewsBefore + 1);
    else expect(stale.json<{ code: string }>().code, stale.text).toBe('enp.signed_out');
    await replica!.query('SELECT pg_wal_replay_resume()');
    await waitForReplay(running().primaryUrl, running().replicaUrl);
    // Once replayed, the ended session is refused by every process (polled: a hot standby's snapshot follows replay closely, not at once).
    const ended = await until('the ended ЭНП session refused', async () => participant.get('/api/enp/case'),
      (answer) => answer.status === 401);
    expect(ended.json<{ code: string }>().code).toBe('enp.signed_out');

    // ENF-11 back to the court: "taken for execution" on the court's case.
    const after = await until('writ taken for execution', async () => (await writs()).writs[0]!, (w) => w.status === 'taken_for_execution');
    expect(after.history.map((h) => h.status)).toEqual(['registered', 'taken_for_execution']);

    // HAProxy spread the requests over both processes; each process read the replica through its own pool.
    for (const server of running().servers) expect(readFileSync(server.log, 'utf8')).toContain('/api/court-cases/');
    const readers = (await replica!.query(`SELECT count(DISTINCT client_port)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`)).rows[0] as { n: number };
    expect(readers.n).toBeGreaterThanOrEqual(2);
  }, 110_000);
});
