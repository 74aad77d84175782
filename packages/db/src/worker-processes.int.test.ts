import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../../../test/harness/databases';
import { startChild } from '../../../test/harness/child-process';
import type { Database } from './database';
import { scheduleDeadline } from './deadlines';

const CHILD = 'test/harness/worker-child.ts';

// Two OS processes on one PostgreSQL 15 server: the production topology.
// (PGlite is single-process by design, so these run on PostgreSQL only.)
describe('worker processes [postgres]', () => {
  let db: Database;
  let url: string;
  beforeAll(async () => {
    const opened = await openMigrated('postgres');
    db = opened.db;
    url = opened.url!;
    await db.exec(`CREATE TABLE test_fires (deadline_id uuid NOT NULL, worker text NOT NULL);
                   CREATE TABLE test_changes (note text)`);
  });
  afterAll(async () => { await db.close(); });

  it('X-5: 300 deadlines fire exactly once with two worker processes racing for them', async () => {
    const workers = [startChild(CHILD, ['deadlines', url]), startChild(CHILD, ['deadlines', url])];
    await Promise.all(workers.map((w) => w.waitFor('ready')));
    const now = new Date();
    await db.transaction(async (tx) => {
      for (let i = 0; i < 300; i += 1) {
        await scheduleDeadline(tx, { kind: 'test.fire', subjectType: 't', subjectId: String(i), dueAt: now }, now);
      }
    });
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes, workers.map((w) => w.stderr()).join('\n')).toEqual([0, 0]);
    const fires = await db.query<{ deadline_id: string; worker: string }>('SELECT deadline_id, worker FROM test_fires');
    expect(fires.rows).toHaveLength(300);
    expect(new Set(fires.rows.map((r) => r.deadline_id)).size).toBe(300);
    // Both processes did real work, so the race was real.
    const byWorker = new Set(fires.rows.map((r) => r.worker));
    expect(byWorker.size).toBe(2);
    const open = await db.query('SELECT 1 FROM deadlines WHERE fired_at IS NULL');
    expect(open.rows).toHaveLength(0);
  }, 120_000);

  it('X-5: a message written before a crash is delivered after restart', async () => {
    const received: Array<{ id: string; body: string }> = [];
    const sink = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => { received.push(JSON.parse(body) as { id: string; body: string }); res.end('ok'); });
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/`;
    try {
      const first = startChild(CHILD, ['outbox-hang', url]);
      await first.waitFor('delivering');
      first.process.kill('SIGKILL');
      await first.exited;
      expect(received).toHaveLength(0);
      const second = startChild(CHILD, ['outbox-deliver', url, sinkUrl]);
      expect(await second.exited).toBe(0);
      expect(received).toHaveLength(1);
      expect(received[0]?.body).toBe('Сіздің ісіңіз тіркелді');
      const row = await db.query<{ attempts: number }>('SELECT attempts FROM outbox WHERE id = $1 AND sent_at IS NOT NULL', [received[0]?.id]);
      expect(row.rows[0]?.attempts).toBe(2);
      expect((await db.query("SELECT 1 FROM test_changes WHERE note = 'before crash'")).rows).toHaveLength(1);
    } finally {
      sink.close();
    }
  }, 60_000);
});
