import { loadConfig } from './config';
import { startSystem } from './system';

// `npm start`: the whole system in one process.
const config = loadConfig();
const system = await startSystem({ config, logger: true });
await system.app.listen({ port: config.port, host: config.host });
system.app.log.info(`Oryndau on http://localhost:${config.port} — database: ${system.db.kind}${config.devMode ? ' (dev mode)' : ''}`);
// ISSUE-13 item 14: the addresses a person needs, as plain lines beside the JSON log.
process.stdout.write(`Oryndau:    http://localhost:${config.port}\n`);
if (system.external.simulators) process.stdout.write(`Simulators: ${system.external.simulators.url}\n`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    system.app.log.info(`${signal}: stopping`);
    system.stop().then(() => process.exit(0), (error: unknown) => {
      system.app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  });
}
