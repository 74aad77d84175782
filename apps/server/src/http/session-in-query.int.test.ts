import { expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';
import { PEOPLE, writCard } from '../enforcement/test-support';

// Issue 18 item 5 (bench:enforcement): the queue page and the debtor search
// check the session inside their own statement when this process has seen
// the session within the minute — one statement per request. The database
// still decides: a session ended, gone idle, disabled or changed there (by
// another server process) is never answered from the copy.

const QUEUE = '/api/enforcement/proceedings?queue=inExecution&limit=5';
const INCOMING = '/api/enforcement/proceedings?queue=notInitiated&limit=5';


describeSystemOnEachEngine('ISSUE-18 item 5: the session checked in the read\'s own statement', ({ system, client, clock }) => {
  const signedIn = async (iin: string) => {
    const c = client('ru');
    await c.signIn(iin);
    return c;
  };
  const db = () => system().db;
  const userId = async (iin: string) => (await db().query<{ id: string }>('SELECT id FROM users WHERE iin = $1', [iin])).rows[0]!.id;

  /** The statements `fn` sends to the database, in order. */
  async function statementsOf(fn: () => Promise<unknown>): Promise<string[]> {
    const d = db();
    const texts: string[] = [];
    const { query } = d;
    d.query = ((text: string, params?: readonly unknown[]) => { texts.push(text); return query.call(d, text, params); }) as typeof d.query;
    try {
      await fn();
    } finally {
      d.query = query;
    }
    return texts;
  }

  it('ENF-2, X-1: a queue page and a debtor search for a session seen within the minute cost one statement, with the same answer', async () => {
    clock.set(new Date('2026-04-01T05:00:00Z'));
    const bailiff = await signedIn(PEOPLE.privateBailiff);
    expect((await bailiff.post('/api/enforcement/executive-documents', writCard())).statusCode).toBe(201);
    const first = await bailiff.get(INCOMING);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().items.length).toBeGreaterThan(0);
    let again: Awaited<ReturnType<typeof bailiff.get>> | undefined;
    const texts = await statementsOf(async () => { again = await bailiff.get(INCOMING); });
    expect(again!.statusCode).toBe(200);
    expect(again!.json()).toEqual(first.json());
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/q__session/);
    // A search that finds nothing still checks the session — in the same statement (the page's JSON statement always returns its row).
    const none = await statementsOf(async () => {
      expect((await bailiff.get('/api/enforcement/proceedings?queue=inExecution&debtor=000000000000')).json()).toEqual({ items: [], nextCursor: null });
    });
    expect(none).toHaveLength(1);
    expect(none[0]).toMatch(/q__session/);
    // Signed out by another process: the page read with the session in its statement is thrown away.
    await db().query('DELETE FROM sessions WHERE user_id = $1', [await userId(PEOPLE.privateBailiff)]);
    const refused = await bailiff.get(INCOMING);
    expect(refused.statusCode).toBe(401);
    expect(refused.body).not.toContain('registrationNumber');
  });

  it('X-1: a session ended, gone idle or disabled in the database is refused though this process saw it a moment ago', async () => {
    clock.set(new Date('2026-04-02T05:00:00Z'));
    const ended = await signedIn(PEOPLE.stateBailiffTaraz);
    const idle = await signedIn(PEOPLE.stateBailiffAstana);
    const disabled = await signedIn(PEOPLE.privateBailiff);
    for (const c of [ended, idle, disabled]) expect((await c.get(QUEUE)).statusCode).toBe(200);

    await db().query('DELETE FROM sessions WHERE user_id = $1', [await userId(PEOPLE.stateBailiffTaraz)]);
    const endedAnswer = await ended.get(QUEUE);
    expect(endedAnswer.statusCode).toBe(401);
    expect(endedAnswer.body).not.toContain('items');

    await db().query('UPDATE sessions SET last_seen_at = $2 WHERE user_id = $1',
      [await userId(PEOPLE.stateBailiffAstana), new Date(clock.now().getTime() - 31 * 60_000).toISOString()]);
    expect((await idle.get(QUEUE)).statusCode).toBe(401);

    const privateId = await userId(PEOPLE.privateBailiff);
    await db().query('UPDATE users SET disabled = true WHERE id = $1', [privateId]);
    try {
      expect((await disabled.get(QUEUE)).statusCode).toBe(401);
    } finally {
      await db().query('UPDATE users SET disabled = false WHERE id = $1', [privateId]);
    }
  });

  it('X-1: a role taken away in the database applies at once — the page read for the old roles is thrown away', async () => {
    clock.set(new Date('2026-04-03T05:00:00Z'));
    const bailiff = await signedIn(PEOPLE.stateBailiffTaraz);
    expect((await bailiff.get(QUEUE)).statusCode).toBe(200);
    const id = await userId(PEOPLE.stateBailiffTaraz);
    const roles = (await db().query<{ role: string }>('SELECT role FROM user_roles WHERE user_id = $1', [id])).rows.map((r) => r.role);
    await db().query('DELETE FROM user_roles WHERE user_id = $1', [id]);
    try {
      const answer = await bailiff.get(QUEUE);
      expect(answer.statusCode).toBe(403);
      expect(answer.json()).toMatchObject({ code: 'forbidden' });
    } finally {
      for (const role of roles) await db().query('INSERT INTO user_roles (user_id, role) VALUES ($1, $2)', [id, role]);
    }
    expect((await bailiff.get(QUEUE)).statusCode).toBe(200);
  });
});
