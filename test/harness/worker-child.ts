// A separate OS process for the multi-process tests of deadlines and the
// outbox. Modes:
//   deadlines URL           fire due deadlines until none is left, recording
//                           each firing in test_fires(deadline_id, worker)
//   outbox-hang URL         write a change + an outbox message, commit, then
//                           claim it and hang inside delivery (to be killed)
//   outbox-deliver URL SINK deliver the outbox by POSTing to SINK, then exit
import { setTimeout as sleep } from 'node:timers/promises';
import { deliverOutbox, enqueueMessage, fireDueDeadlines, openPostgres } from '../../packages/db/src/index';

const [mode, url, sink] = process.argv.slice(2);
if (!mode || !url) throw new Error('usage: worker-child MODE URL [SINK]');
const db = await openPostgres(url, 4);
const now = () => new Date();
const say = (line: string) => process.stdout.write(`${line}\n`);

if (mode === 'deadlines') {
  const worker = `pid-${process.pid}`;
  say('ready');
  let idle = 0;
  while (idle < 20) {
    const { fired } = await fireDueDeadlines(db, {
      'test.fire': async (tx, deadline) => {
        await tx.query('INSERT INTO test_fires (deadline_id, worker) VALUES ($1, $2)', [deadline.id, worker]);
        // Hold the row lock a little, as real work would: 300 × 10 ms is long enough that a process slowed by a
        // loaded machine still gets its share (with 2 ms one of them once found nothing left).
        await sleep(10);
      },
    }, now, 10);
    idle = fired === 0 ? idle + 1 : 0;
    if (fired === 0) await sleep(50);
  }
  say('done');
} else if (mode === 'outbox-hang') {
  await db.transaction(async (tx) => {
    await tx.query("INSERT INTO test_changes (note) VALUES ('before crash')");
    await enqueueMessage(tx, { channel: 'test', recipient: '+77010000000', body: 'Сіздің ісіңіз тіркелді' }, now());
  });
  say('committed');
  await deliverOutbox(db, {
    test: async () => {
      say('delivering');
      await sleep(600_000); // the crash happens here
      return {};
    },
  }, now, { leaseMs: 1500 });
} else if (mode === 'outbox-deliver') {
  if (!sink) throw new Error('SINK required');
  for (let i = 0; i < 100; i += 1) {
    const { sent } = await deliverOutbox(db, {
      test: async (message) => {
        const response = await fetch(sink, { method: 'POST', body: JSON.stringify({ id: message.id, body: message.body }) });
        if (!response.ok) throw new Error(`sink answered ${response.status}`);
        return { externalId: `sink-${message.id}` };
      },
    }, now, { leaseMs: 1500 });
    if (sent > 0) break;
    await sleep(100);
  }
  say('done');
}
await db.close();
