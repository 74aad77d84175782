import { beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../test/harness/databases';
import { fireDueDeadlineChunks, fireDueDeadlinesByChunks, type DeadlineChunkHandler } from './deadline-chunks';
import { scheduleDeadline, type DeadlineHandler } from './deadlines';
import { nextRegistrationSequence, takeRegistrationSequences } from './registration-counters';

const t0 = new Date('2026-05-25T04:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describeOnEachEngine('deadlines by chunks', ({ db }) => {
  beforeAll(async () => {
    await db().exec('CREATE TABLE chunk_effects (deadline_id uuid, kind text)');
  });
  const schedule = (kind: string, subjectId: string, minutes: number) => db().transaction((tx) =>
    scheduleDeadline(tx, { kind, subjectType: 's', subjectId, dueAt: at(minutes) }, t0));
  const single: DeadlineHandler = async (tx, d) => {
    await tx.query('INSERT INTO chunk_effects (deadline_id, kind) VALUES ($1, $2)', [d.id, `one:${d.kind}`]);
  };

  it('SIMP-5, issue 18 item 4: due timers of a kind fire by chunks, each chunk in one transaction; one left for later stays due', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await schedule('k.chunk', `c${i}`, i + 1));
    const sizes: number[] = [];
    const chunk: DeadlineChunkHandler = async (tx, deadlines) => {
      sizes.push(deadlines.length);
      for (const d of deadlines) await tx.query('INSERT INTO chunk_effects (deadline_id, kind) VALUES ($1, $2)', [d.id, 'chunk']);
      // The subject of the first is "busy": left for a later round.
      return { later: deadlines.filter((d) => d.subjectId === 'c0' && sizes.length === 1).map((d) => d.id) };
    };
    // The first chunk fires one and leaves c0; the round goes on and the next chunk takes c0 again (now free).
    expect(await fireDueDeadlineChunks(db(), { 'k.chunk': chunk }, () => at(10), { size: 2 })).toMatchObject({ fired: 2, fallback: false });
    expect(sizes).toEqual([2, 1]);
    const fired = await fireDueDeadlineChunks(db(), { 'k.chunk': chunk }, () => at(10), { size: 2, limit: 10 });
    expect(fired).toMatchObject({ fired: 3, fallback: false });
    expect(sizes).toEqual([2, 1, 2, 1]);
    const open = await db().query<{ n: number }>(
      "SELECT count(*)::int AS n FROM deadlines WHERE kind = 'k.chunk' AND fired_at IS NULL AND cancelled_at IS NULL");
    expect(open.rows[0]!.n).toBe(0);
    const attempts = await db().query<{ attempts: number }>("SELECT DISTINCT attempts FROM deadlines WHERE kind = 'k.chunk'");
    expect(attempts.rows).toEqual([{ attempts: 1 }]);
  });

  it('X-5, issue 18 item 4: a failing chunk rolls back whole and its timers fire one by one; other kinds keep their share', async () => {
    const a = await schedule('k.bad-chunk', 'b1', 1);
    const b = await schedule('k.bad-chunk', 'b2', 1);
    const other = await schedule('k.other', 'o1', 1);
    const failing: DeadlineChunkHandler = async (tx, deadlines) => {
      for (const d of deadlines) await tx.query('INSERT INTO chunk_effects (deadline_id, kind) VALUES ($1, $2)', [d.id, 'chunk']);
      throw new Error('one value PostgreSQL cannot hold');
    };
    const errors: unknown[] = [];
    const run = await fireDueDeadlinesByChunks(db(), { 'k.bad-chunk': single, 'k.other': single }, { 'k.bad-chunk': failing }, () => at(5),
      { size: 10, onChunkError: (e) => errors.push(e) });
    // (Due timers of kinds without a handler, from other tests of this database, count as failed here.)
    expect(run.fired).toBe(3);
    expect(errors).toHaveLength(1);
    const effects = await db().query<{ deadline_id: string; kind: string }>(
      'SELECT deadline_id, kind FROM chunk_effects WHERE deadline_id IN ($1, $2, $3) ORDER BY kind, deadline_id', [a, b, other]);
    expect(effects.rows.map((r) => r.kind)).toEqual(['one:k.bad-chunk', 'one:k.bad-chunk', 'one:k.other']);
  });

  it('ENF-1: a chunk takes its numbers in one update — gap-free after the single ones, and given back on rollback', async () => {
    const one = () => db().transaction((tx) => nextRegistrationSequence(tx, 471010000, 2026));
    expect(await one()).toBe(1);
    expect(await db().transaction((tx) => takeRegistrationSequences(tx, 471010000, 2026, 5))).toBe(2);
    await expect(db().transaction(async (tx) => {
      await takeRegistrationSequences(tx, 471010000, 2026, 3);
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(await one()).toBe(7);
    expect(await db().transaction((tx) => takeRegistrationSequences(tx, 471020000, 2026, 4))).toBe(1);
  });
});
