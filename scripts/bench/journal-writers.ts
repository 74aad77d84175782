// One "server process" of bench:journal: opens its own pool with
// openDatabase({ databaseUrl }) as a server process does, starts the journal
// sealer as production does (every process starts one; the lease lets one
// seal at a time), prints `ready`, then takes commands as JSON lines on stdin
// and answers each with one JSON line on stdout:
//   {"cmd":"run","mode":"with"|"without"|"floor","seconds":n}   BENCH_WRITERS concurrent
//       writers loop the business transaction for n seconds; the answer counts
//       commits and failures (failures are counted, never thrown) and times them
//   {"cmd":"sealer"}   the sealer's errors (onError) not reported yet
// It stops the sealer and closes its pool on SIGTERM or when stdin closes.
//
// Environment (set by scripts/bench-journal.ts): DATABASE_URL, BENCH_WRITERS
// (this process's share), BENCH_ACCOUNTS, BENCH_KEY_FILE (the dev system key,
// PIN DEMO_KEY_PIN), BENCH_SEAL_INTERVAL_MS, BENCH_ACTOR_IINS (comma-separated).
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { openDatabase, startJournalSealer } from '@oryndau/db';
import type { JournalRecord, Tx } from '@oryndau/db';
import { DEMO_KEY_PIN } from '../../apps/server/src/signing/demo-keys';
import { openSystemKeyFile, signWithSystemKey } from '../../apps/server/src/simplified/system-key';
import { stopOnSignals } from './stop-on-signals';

/**
 * without: the business transaction alone; with: and its journal record;
 * floor: and, instead of the record, one bare statement (`SELECT 1`) in the
 * COMMIT's message, where the entry's INSERT goes — the least any entry kept
 * atomically with the transaction as a statement can cost (the bench's
 * physical floor, measured in the same run).
 */
export type WriterMode = 'with' | 'without' | 'floor';
export type Command = { cmd: 'run'; mode: WriterMode; seconds: number } | { cmd: 'sealer' };
export type RunAnswer = {
  event: 'ran'; mode: WriterMode; committed: number; failed: number; errorCodes: Record<string, number>; seconds: number;
  latencyMs: { p50: number; p99: number; max: number }; sealerErrors: string[];
};

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const WRITERS = Number(required('BENCH_WRITERS'));
const ACCOUNTS = Number(required('BENCH_ACCOUNTS'));
const INTERVAL_MS = Number(process.env.BENCH_SEAL_INTERVAL_MS ?? '1000');
const IINS = required('BENCH_ACTOR_IINS').split(',');

const db = await openDatabase({ databaseUrl: required('DATABASE_URL') });
const key = await openSystemKeyFile(new Uint8Array(await readFile(required('BENCH_KEY_FILE'))), DEMO_KEY_PIN);
const sealerErrors: string[] = [];
const sealer = startJournalSealer({
  db, intervalMs: INTERVAL_MS, holder: `bench-${process.pid}`,
  sign: (bytes: Uint8Array, at: Date) => signWithSystemKey(key, bytes, at),
  onError: (error: unknown) => {
    if (sealerErrors.length < 20) sealerErrors.push(error instanceof Error ? error.message : String(error));
  },
});

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
let transfers = 0;

/**
 * The business transaction: one UPDATE of a random account (a row lock,
 * rarely contended: 32 writers over 10,000 rows) and one INSERT — and, with
 * the journal, one record as a use case would write it (floor: see WriterMode).
 */
async function transfer(tx: Tx, mode: WriterMode, writer: number): Promise<void> {
  const accountId = 1 + Math.floor(Math.random() * ACCOUNTS);
  const counterparty = 1 + Math.floor(Math.random() * ACCOUNTS);
  const amountTiyn = 100 * (1 + Math.floor(Math.random() * 50_000));
  const reference = `BT-${process.pid}-${writer}-${++transfers}`;
  await tx.query('UPDATE bench_accounts SET balance_tiyn = balance_tiyn - $2, version = version + 1, updated_at = now() WHERE id = $1',
    [accountId, amountTiyn]);
  await tx.query(`INSERT INTO bench_transfers (account_id, counterparty_id, amount_tiyn, reference, created_at)
    VALUES ($1, $2, $3, $4, now())`, [accountId, counterparty, amountTiyn, reference]);
  if (mode === 'without') return;
  if (mode === 'floor') {
    // Only where the entry's INSERT rides with the COMMIT (PostgreSQL, the bench's only engine): a round trip of its own would be another floor.
    if (!tx.withCommit) throw new Error('the floor phase needs PostgreSQL (the COMMIT message the journal entry rides in)');
    tx.withCommit.add('SELECT 1;');
    return;
  }
  const iin = IINS[writer % IINS.length]!;
  const record: JournalRecord = {
    at: new Date(),
    actor: { userId: `00000000-0000-4000-8000-${iin}`, iin, role: pick(['bailiff', 'private_bailiff', 'court_clerk']),
      requestId: `req-${process.pid.toString(36)}-${transfers.toString(36)}` },
    action: 'bench.transfer',
    objectType: 'bench_account',
    objectId: String(accountId),
    details: { counterpartyId: String(counterparty), amountTiyn, currency: 'KZT', reference, channel: pick(['web', 'api', 'worker']) },
  };
  tx.journal(record);
}

const errorCode = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
};

async function run(mode: WriterMode, seconds: number): Promise<RunAnswer> {
  const latencies: number[] = [];
  const errorCodes: Record<string, number> = {};
  let failed = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  const writer = async (index: number) => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        await db.transaction((tx) => transfer(tx, mode, index));
        latencies.push(performance.now() - started);
      } catch (error) {
        failed += 1;
        const code = errorCode(error);
        errorCodes[code] = (errorCodes[code] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { event: 'ran', mode, committed: latencies.length, failed, errorCodes, seconds: elapsed,
    latencyMs: { p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0 }, sealerErrors: sealerErrors.splice(0) };
}

const stop = stopOnSignals({
  async stop() {
    await sealer.stop();
    await db.close();
  },
});

const answer = (value: object) => process.stdout.write(`${JSON.stringify(value)}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
  void (async () => {
    try {
      const command = JSON.parse(line) as Command;
      if (command.cmd === 'run') answer(await run(command.mode, command.seconds));
      else if (command.cmd === 'sealer') answer({ event: 'sealer', sealerErrors: sealerErrors.splice(0) });
      else throw new Error(`unknown command ${String((command as { cmd: unknown }).cmd)}`);
    } catch (error) {
      answer({ event: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  })();
}).on('close', stop);
process.stdout.write('ready\n');
