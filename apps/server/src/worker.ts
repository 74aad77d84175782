import type { ChannelSender, Database, DeadlineChunkHandler, DeadlineHandler } from '@oryndau/db';
import { deliverOutbox, fireDueDeadlinesByChunks } from '@oryndau/db';
import type { Clock } from '@oryndau/domain';
import type { FastifyBaseLogger } from 'fastify';

export type WorkerOptions = {
  db: Database;
  clock: Clock;
  deadlineHandlers: Readonly<Record<string, DeadlineHandler>>;
  /** Kinds fired by chunks in one transaction each (issue 18 item 4: the simplified expiry); the rest one by one. */
  deadlineChunkHandlers?: Readonly<Record<string, DeadlineChunkHandler>>;
  senders: Readonly<Record<string, ChannelSender>>;
  intervalMs: number;
  /** Mask delivered messages' credentials in the outbox (OUTBOX_SCRUB_SECRETS). */
  scrubSecrets?: boolean;
  log: Pick<FastifyBaseLogger, 'error' | 'info'>;
  /** Further periodic jobs run on every tick (e.g. the CRL download job); each must be safe with several processes. */
  tasks?: ReadonlyArray<{ name: string; run: (now: () => Date) => Promise<unknown> }>;
};

/**
 * The background loop: fire due deadlines, deliver the outbox, sleep, again.
 * Any number of these may run against one PostgreSQL server (SKIP LOCKED);
 * with PGlite it runs inside the server process.
 */
export function startWorker(options: WorkerOptions): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const now = () => options.clock.now();

  const tick = async () => {
    try {
      const deadlines = await fireDueDeadlinesByChunks(options.db, options.deadlineHandlers, options.deadlineChunkHandlers ?? {}, now,
        { onChunkError: (error) => options.log.error({ err: error }, 'a chunk of deadlines failed; its timers fire one by one') });
      const outbox = await deliverOutbox(options.db, options.senders, now, { scrubSecrets: options.scrubSecrets ?? false });
      if (deadlines.fired + deadlines.failed + outbox.sent + outbox.retried + outbox.failed > 0) {
        options.log.info({ deadlines, outbox }, 'worker tick');
      }
    } catch (error) {
      options.log.error({ err: error }, 'worker tick failed');
    }
    for (const task of options.tasks ?? []) {
      try {
        await task.run(now);
      } catch (error) {
        options.log.error({ err: error, task: task.name }, 'worker task failed');
      }
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, options.intervalMs);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
