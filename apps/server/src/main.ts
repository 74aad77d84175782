import { loadConfig } from './config';
import { startSystem } from './system';

// `npm start`: the whole system in one process.
const config = loadConfig();
const system = await startSystem({ config, logger: true });
await system.app.listen({ port: config.port, host: config.host });
system.app.log.info(`Oryndau on http://localhost:${config.port} — database: ${system.db.kind}${config.devMode ? ' (dev mode)' : ''}`);

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
