// The server under test, in its own Node process so the load generator
// does not share its event loop: migrates and seeds the demo data (from
// the environment the benchmark passes), listens on a free loopback port,
// prints `listening <port>`, and stops cleanly on SIGTERM or when stdin closes.
import { z } from 'zod';
import { loadConfig } from '../../apps/server/src/config';
import { startSystem } from '../../apps/server/src/system';
import { stopOnSignals } from './stop-on-signals';

const system = await startSystem({ config: loadConfig(process.env), worker: false });
if (process.env.BENCH_BARE_ROUTE === 'true') {
  // bench:enp's bare single-query endpoint: exactly one `SELECT 1` through the
  // application's own stack (hooks, rate limit, zod serialiser). /health is
  // no longer that: since issue 12 it also counts the unsealed journal
  // entries, which grow during a run whose server seals nothing.
  system.app.get('/bench/bare', { schema: { response: { 200: z.object({ ok: z.literal(true) }) } } }, async () => {
    await system.db.query('SELECT 1');
    return { ok: true as const };
  });
}
await system.app.listen({ port: 0, host: '127.0.0.1' });
const address = system.app.server.address();
if (!address || typeof address !== 'object') throw new Error('server did not report its port');
process.stdout.write(`listening ${address.port}\n`);

const stop = stopOnSignals(system);
// The parent holds our stdin open; when it dies, so do we.
process.stdin.on('end', stop);
process.stdin.resume();
