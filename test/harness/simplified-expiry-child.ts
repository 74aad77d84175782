// A second kind of server process for the SIMP-5 exactly-once test: it opens
// the shared PostgreSQL server and the shared dev PKI (the system key), then
// runs the real deadline handlers until every one of the expected cases has
// left `initiated`. It prints how many timers it fired.
//   simplified-expiry-child URL PKI_DIR EXPECTED_CASES
import { setTimeout as sleep } from 'node:timers/promises';
import { fireDueDeadlinesByChunks, openPostgres, type DeadlineChunkHandler } from '../../packages/db/src/index';
import { systemClock } from '../../packages/domain/src/index';
import { loadConfig } from '../../apps/server/src/config';
import { simplifiedExpireChunkHandler } from '../../apps/server/src/simplified/expire-chunk';
import { simplifiedExpireHandler, SIMPLIFIED_EXPIRE } from '../../apps/server/src/simplified/outcomes';
import { createSystemSeal } from '../../apps/server/src/simplified/system-seal';
import { setupSignatureTrust } from '../../apps/server/src/signing/trust';

const [url, pkiDir, expectedText] = process.argv.slice(2);
if (!url || !pkiDir || !expectedText) throw new Error('usage: simplified-expiry-child URL PKI_DIR EXPECTED_CASES');
const expected = Number(expectedText);
const config = loadConfig({ NODE_ENV: 'test', DEV_MODE: 'true', DATA_DIR: '/nonexistent', WEB_DIST: '/nonexistent', PKI_DIR: pkiDir,
  DEMO_KEYS: 'false', DATABASE_URL: url });
const trust = await setupSignatureTrust(config, systemClock, config.publicOrigin);
const db = await openPostgres(url, 4);
const seal = await createSystemSeal({ db, config, trust, now: new Date() });
if (!seal.status().ok) throw new Error(`no system key: ${JSON.stringify(seal.status())}`);
const handlers = { [SIMPLIFIED_EXPIRE]: simplifiedExpireHandler({ seal, publicOrigin: config.publicOrigin }) };
// CHUNK (5th argument, default 4): timers per claiming transaction; 0 = one by one only.
const chunk = Number(process.argv[5] ?? '4');
const chunkHandlers: Record<string, DeadlineChunkHandler> = chunk > 0 ? { [SIMPLIFIED_EXPIRE]: simplifiedExpireChunkHandler({ seal, publicOrigin: config.publicOrigin }) } : {};
process.stdout.write('ready\n');
let fired = 0;
let failed = 0;
const started = Date.now();
while (Date.now() - started < 120_000) {
  const run = await fireDueDeadlinesByChunks(db, handlers, chunkHandlers, () => new Date(), { size: Math.max(1, chunk), limit: Math.max(5, chunk) });
  fired += run.fired;
  failed += run.failed;
  const left = await db.query<{ total: string; open: string }>(
    "SELECT count(*) AS total, count(*) FILTER (WHERE status = 'initiated') AS open FROM simplified_cases");
  if (Number(left.rows[0]!.total) >= expected && Number(left.rows[0]!.open) === 0) break;
  if (run.fired === 0) await sleep(25);
}
process.stdout.write(`fired ${fired} failed ${failed}\n`);
await db.close();
