import { join } from 'node:path';
import type { ChannelSender, Database, DeadlineHandler } from '@oryndau/db';
import { migrate, openDatabase } from '@oryndau/db';
import { systemClock } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { buildApp } from './app';
import type { ZodApp } from './app';
import type { Config } from './config';
import { connectExternalSystems } from './external-systems';
import type { ExternalSystems } from './external-systems';
import { outboxSenders } from './outbox-senders';
import { setupSignatureTrust } from './signing/trust';
import type { SignatureTrust } from './signing/trust';
import { seedDemoData, seedReferenceData } from './seed/seed';
import { startWorker } from './worker';

export type System = { app: ZodApp; db: Database; external: ExternalSystems; trust: SignatureTrust; stop(): Promise<void> };

export type SystemOptions = {
  config: Config;
  clock?: Clock;
  db?: Database;
  logger?: boolean;
  senders?: Readonly<Record<string, ChannelSender>>;
  deadlineHandlers?: Readonly<Record<string, DeadlineHandler>>;
  worker?: boolean;
};

/**
 * Opens the database (PGlite under DATA_DIR, or DATABASE_URL), migrates,
 * seeds an empty one, builds the HTTP app and starts the worker loop.
 */
export async function startSystem(options: SystemOptions): Promise<System> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const db = options.db ?? await openDatabase({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') });
  await migrate(db);
  const now = clock.now();
  await seedReferenceData(db, now);
  if (config.seedDemo) await seedDemoData(db, now, config.passwordLog2N);
  const trust = await setupSignatureTrust(config, clock, config.publicOrigin);
  const app = await buildApp({ db, clock, config, queueCounters: {}, verify: trust.verify, trust }, { logger: options.logger ?? false });
  const external = await connectExternalSystems(config, (line) => app.log.info(line));
  const worker = options.worker === false ? null : startWorker({
    db, clock, intervalMs: config.workerIntervalMs, log: app.log,
    deadlineHandlers: options.deadlineHandlers ?? {}, senders: options.senders ?? outboxSenders(external.adapters),
  });
  return {
    app,
    db,
    external,
    trust,
    async stop() {
      await worker?.stop();
      await app.close();
      await external.close();
      await db.close();
    },
  };
}
