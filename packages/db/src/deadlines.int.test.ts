import { beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../test/harness/databases';
import { cancelDeadlines, fireDueDeadlines, scheduleDeadline } from './deadlines';
import type { DeadlineHandler } from './deadlines';

const t0 = new Date('2026-05-25T04:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describeOnEachEngine('deadlines', ({ db }) => {
  beforeAll(async () => {
    await db().exec('CREATE TABLE effects (deadline_id uuid, note text)');
  });
  const record: DeadlineHandler = async (tx, deadline) => {
    await tx.query('INSERT INTO effects (deadline_id, note) VALUES ($1, $2)', [deadline.id, deadline.payload.note]);
  };

  it('SIMP-5: a deadline fires once when due, not before, and its effect commits with it', async () => {
    const id = await db().transaction((tx) => scheduleDeadline(tx, {
      kind: 'simplified.payment_window', subjectType: 'proceeding', subjectId: 'p1', dueAt: at(10), payload: { note: 'a' },
    }, t0));
    expect(await fireDueDeadlines(db(), { 'simplified.payment_window': record }, () => at(9))).toEqual({ fired: 0, failed: 0 });
    expect(await fireDueDeadlines(db(), { 'simplified.payment_window': record }, () => at(10))).toEqual({ fired: 1, failed: 0 });
    expect(await fireDueDeadlines(db(), { 'simplified.payment_window': record }, () => at(60))).toEqual({ fired: 0, failed: 0 });
    const effects = await db().query('SELECT note FROM effects WHERE deadline_id = $1', [id]);
    expect(effects.rows).toEqual([{ note: 'a' }]);
  });

  it('SIMP-4: a cancelled deadline never fires', async () => {
    await db().transaction((tx) => scheduleDeadline(tx, {
      kind: 'k.cancel', subjectType: 'proceeding', subjectId: 'p2', dueAt: at(1), payload: { note: 'b' },
    }, t0));
    expect(await db().transaction((tx) => cancelDeadlines(tx, 'proceeding', 'p2', 'k.cancel', t0))).toBe(1);
    expect((await fireDueDeadlines(db(), { 'k.cancel': record }, () => at(5))).fired).toBe(0);
  });

  it('X-5: a failing handler rolls back its work and is retried after a backoff', async () => {
    const id = await db().transaction((tx) => scheduleDeadline(tx, {
      kind: 'k.flaky', subjectType: 's', subjectId: 'p3', dueAt: at(1), payload: { note: 'c' },
    }, t0));
    let calls = 0;
    const flaky: DeadlineHandler = async (tx, deadline, now) => {
      calls += 1;
      await record(tx, deadline, now);
      if (calls === 1) throw new Error('archive unavailable');
    };
    expect(await fireDueDeadlines(db(), { 'k.flaky': flaky }, () => at(2))).toEqual({ fired: 0, failed: 1 });
    expect((await db().query('SELECT 1 FROM effects WHERE deadline_id = $1', [id])).rows).toHaveLength(0);
    // Still inside the 30 s backoff: not retried yet.
    expect((await fireDueDeadlines(db(), { 'k.flaky': flaky }, () => new Date(at(2).getTime() + 10_000))).fired).toBe(0);
    expect(await fireDueDeadlines(db(), { 'k.flaky': flaky }, () => at(3))).toEqual({ fired: 1, failed: 0 });
    const row = await db().query<{ attempts: number; last_error: string }>('SELECT attempts, last_error FROM deadlines WHERE id = $1', [id]);
    expect(row.rows[0]).toMatchObject({ attempts: 2, last_error: 'archive unavailable' });
    expect((await db().query('SELECT 1 FROM effects WHERE deadline_id = $1', [id])).rows).toHaveLength(1);
  });
});
