import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../test/harness/databases';
import { enqueueMessage } from './outbox';
import { enqueueMessages, scheduleDeadlines } from './many-rows';
import { scheduleDeadline } from './deadlines';

const t0 = new Date('2026-05-25T04:00:00.000Z');

// issue 18 item 3: the multi-row writers make exactly the rows the one-row writers make, and a batch longer than
// one statement's parameters (PostgreSQL: 65,535) is split, not refused.
describeOnEachEngine('multi-row writes', ({ db }) => {
  it('issue 18 item 3, X-4: enqueueMessages writes the rows enqueueMessage writes, 8,000 at once over two statements', async () => {
    const single = await db().transaction((tx) => enqueueMessage(tx, { channel: 'erap', recipient: 'F-1', subject: 'initiated', body: 'F-1: initiated',
      payload: { status: 'initiated' }, maxAttempts: 100_000 }, t0));
    const many = await db().transaction((tx) => enqueueMessages(tx, [
      { channel: 'erap', recipient: 'F-2', subject: 'initiated', body: 'F-2: initiated', payload: { status: 'initiated' }, maxAttempts: 100_000 },
      ...Array.from({ length: 7_999 }, (_, i) => ({ channel: 'sms', recipient: `+7 701 000 ${String(i).padStart(4, '0')}`, body: `Хабар ${i}` })),
    ], t0));
    expect(many).toHaveLength(8_000);
    const rows = await db().query<Record<string, unknown>>(
      `SELECT channel, subject, payload, created_at, next_attempt_at, max_attempts, attempts, sent_at FROM outbox WHERE id = ANY($1::uuid[]) ORDER BY recipient`,
      [[single, many[0]!]]);
    const [one, other] = rows.rows;
    expect(other).toEqual(one);
    expect(Number((await db().query<{ n: number }>("SELECT count(*)::int AS n FROM outbox WHERE channel = 'sms'")).rows[0]!.n)).toBe(7_999);
    const defaults = await db().query<{ max_attempts: number; payload: unknown }>('SELECT max_attempts, payload FROM outbox WHERE id = $1', [many[1]]);
    expect(defaults.rows[0]).toEqual({ max_attempts: 8, payload: {} });
  });

  it('issue 18 item 3, X-4: scheduleDeadlines writes the rows scheduleDeadline writes; a failed batch leaves none', async () => {
    const request = { kind: 'simplified.expire', subjectType: 'simplified_case', subjectId: 'c-1', dueAt: new Date('2026-05-31T19:00:00Z') };
    const single = await db().transaction((tx) => scheduleDeadline(tx, request, t0));
    const [batch] = await db().transaction((tx) => scheduleDeadlines(tx, [{ ...request, subjectId: 'c-2' }], t0));
    const rows = await db().query<Record<string, unknown>>('SELECT kind, subject_type, due_at, payload, created_at FROM deadlines WHERE id = ANY($1::uuid[])',
      [[single, batch!]]);
    expect(rows.rows).toHaveLength(2);
    expect(rows.rows[0]).toEqual(rows.rows[1]);
    await expect(db().transaction(async (tx) => {
      await scheduleDeadlines(tx, [{ ...request, subjectId: 'c-3' }, { ...request, subjectId: 'c-4' }], t0);
      throw new Error('the batch failed after its timers');
    })).rejects.toThrow('batch failed');
    expect((await db().query("SELECT 1 FROM deadlines WHERE subject_id IN ('c-3', 'c-4')")).rows).toHaveLength(0);
  });
});
