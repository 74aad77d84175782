import { join } from 'node:path';
import type { ChannelSender, Database, DeadlineChunkHandler, DeadlineHandler } from '@oryndau/db';
import { migrate, openDatabase, openReadReplica } from '@oryndau/db';
import type { ReadReplica } from '@oryndau/db';
import { readRouting } from './http/read-routing';
import { DomainError, ErrorCode, systemClock } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { buildApp } from './app';
import type { ZodApp } from './app';
import type { Config } from './config';
import type { LogDestination } from './http/log-redaction';
import { connectExternalSystems } from './external-systems';
import type { ExternalSystems } from './external-systems';
import { outboxSenders } from './outbox-senders';
import { setupSignatureTrust } from './signing/trust';
import { downloadedCrls, refreshCrls } from './signing/crl-refresh';
import type { SignatureTrust } from './signing/trust';
import { seedDemoData, seedReferenceData } from './seed/seed';
import { startWorker } from './worker';
import { dispatchEnpNotifications } from './enp/dispatch-notifications';
import { enpHousekeepingTask } from './enp/enp-housekeeping';
import { SIGNING_HOOKS } from './signing/hooks';
import { LICENSING_OVERDUE } from './licensing/application-signing';
import { licensingOverdueHandler } from './licensing/overdue-timer';
import { courtStatusSender, COURT_STATUS_CHANNEL } from './enforcement/court-status';
import { SIOPSO_CHANNEL, SIOPSO_POLL, siopsoPollHandler, siopsoSender } from './enforcement/siopso-requests';
import { enforcementQueueCounters } from './enforcement/queue-counters';
import { journalQueueCounters } from './journal/queue-counter';
import { courtsQueueCounters } from './courts/queue-counters';
import { demoWritSigner } from './signing/demo-writ-signer';
import type { Adapters, FileStoragePort } from '@oryndau/adapters';
import { LocalDirectoryFileStorage } from '@oryndau/adapters';
import { ERAP_STATUS_CHANNEL, erapStatusSender } from './simplified/erap-status';
import { simplifiedExpireChunkHandler } from './simplified/expire-chunk';
import { SIMPLIFIED_EXPIRE, simplifiedExpireHandler, type OutcomeDeps } from './simplified/outcomes';
import { createSystemSeal } from './simplified/system-seal';
import { startSealer } from './journal/sealer';
import { JOURNAL_WITNESS_CHANNEL, journalWitnessSender } from './journal/witnesses';
import { courtWritLinks } from './courts/writs/court-writ-links';
import { writQueueCounters } from './courts/writs/writ-queue-counter';
import { licensingQueueCounters } from './licensing/queue-counter';
import type { CourtWritLinks } from './courts/writs/court-writ-links';
import { courtWritSender } from './courts/writs/writ-delivery';
import { COURT_WRIT_CHANNEL } from './courts/writs/writ-signing-hook';
import { ARCHIVE_HANDOVER, archiveHandoverHandler } from './courts/archive/schedule-archive-handover';

/**
 * Outbox channels of the enforcement workspace and of the simplified proceedings; with `courtWrits`, also
 * the courts' writs to enforcement and the statuses of those writs to the court side (FILE-16).
 */
export function workspaceSenders(db: Database, adapters: Adapters, clock: Clock, courtWrits?: CourtWritLinks): Record<string, ChannelSender> {
  return { [COURT_STATUS_CHANNEL]: courtStatusSender(db, adapters, courtWrits?.ownCourts), [SIOPSO_CHANNEL]: siopsoSender(db, adapters, clock),
    [ERAP_STATUS_CHANNEL]: erapStatusSender(db, adapters),
    ...(courtWrits ? { [COURT_WRIT_CHANNEL]: courtWritSender(db, courtWrits.intake, clock) } : {}) };
}

/** Durable deadline handlers: СИОПСО polls (ENF) and the 5-day expiry of simplified proceedings (SIMP-5). */
export function systemDeadlineHandlers(adapters: Adapters, outcomes: OutcomeDeps): Record<string, DeadlineHandler> {
  return { [SIOPSO_POLL]: siopsoPollHandler(adapters), [SIMPLIFIED_EXPIRE]: simplifiedExpireHandler(outcomes),
    [ARCHIVE_HANDOVER]: archiveHandoverHandler, [LICENSING_OVERDUE]: licensingOverdueHandler };
}

/** Deadline kinds fired by chunks (issue 18 item 4): the simplified expiry, many cases per transaction. */
export function systemDeadlineChunkHandlers(outcomes: OutcomeDeps): Record<string, DeadlineChunkHandler> {
  return { [SIMPLIFIED_EXPIRE]: simplifiedExpireChunkHandler(outcomes) };
}

/** The address the server listens on, once it listens (tests inject without listening). */
function listeningOrigin(app: ZodApp): string | null {
  const address = app.server.address();
  return address && typeof address === 'object' ? `http://127.0.0.1:${address.port}` : null;
}

export type System = {
  app: ZodApp; db: Database; external: ExternalSystems; trust: SignatureTrust;
  /** FILE-16: the writ and status links between the courts and enforcement (this server over HTTP unless configured). */
  courtWrits: CourtWritLinks;
  /** What the simplified-proceeding outcomes need (the system seal); tests fire deadlines with it. */
  outcomes: OutcomeDeps;
  stop(): Promise<void>;
};

export type SystemOptions = {
  config: Config;
  clock?: Clock;
  db?: Database;
  /** true = log to stdout; a destination (tests) collects the lines. Debtor-link tokens are redacted either way. */
  logger?: boolean | LogDestination;
  senders?: Readonly<Record<string, ChannelSender>>;
  deadlineHandlers?: Readonly<Record<string, DeadlineHandler>>;
  worker?: boolean;
  /** Issue 14 item 4: the file storage; default a local directory (FILES_DIR, else $DATA_DIR/files). */
  files?: FileStoragePort;
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
  // Issue 18 item 6: opened after the migrations — the replica replays them from the primary.
  const replica: ReadReplica | null = config.replica.url ? await openReadReplica(config.replica.url) : null;
  const now = clock.now();
  await seedReferenceData(db, now, config.system.organisationBin);
  // config.seedDemo is never true in production (config.ts); checked again here because the demo administrator must never exist there.
  if (config.seedDemo && !config.production) await seedDemoData(db, now, config.passwordLog2N);
  const trust = await setupSignatureTrust(config, clock, config.publicOrigin, { downloadedCrls: downloadedCrls(db, config.trust.crlUrls) });
  const seal = await createSystemSeal({ db, config, trust, now });
  let simulatorsRef: ExternalSystems['simulators'] = null;
  let adaptersRef: Adapters | null = null;
  const app = await buildApp({ db, reads: readRouting(db, replica, clock), clock, config, queueCounters: { ...enforcementQueueCounters(clock), ...journalQueueCounters, ...courtsQueueCounters(clock), ...writQueueCounters, ...licensingQueueCounters }, verify: trust.verify, trust, seal,
    signingHooks: SIGNING_HOOKS,
    files: options.files ?? new LocalDirectoryFileStorage({ directory: config.files.directory }),
    adapters: () => {
      if (!adaptersRef) throw new DomainError(ErrorCode.externalUnavailable, { system: 'adapters' });
      return adaptersRef;
    },
    devSendWrit: async (request) => {
      if (!simulatorsRef) throw new DomainError(ErrorCode.externalUnavailable, { system: 'court-system' });
      return simulatorsRef.control.courtSystem.sendWrit(request);
    } }, { logger: options.logger ?? false });
  for (const warning of config.warnings) app.log.warn(`Configuration: ${warning}`);
  const sealStatus = seal.status();
  if (sealStatus.ok) app.log.info(`System key: ${sealStatus.source === 'file' ? 'SYSTEM_KEY_FILE' : 'dev PKI'}, BIN ${sealStatus.bin}, valid until ${sealStatus.notAfter}`);
  else app.log.error(`System key unavailable, the simplified intake answers 503: ${sealStatus.problem}`);
  // The courts' simulator signs writs with the demo judge's and secretary's keys and posts them to our intake.
  const courtWrits = config.trust.demoKeys && config.courtSystemToken
    ? { intakeUrl: () => `${listeningOrigin(app) ?? config.publicOrigin}/api/integrations/court-system/writs`, token: config.courtSystemToken,
        signer: demoWritSigner(trust) }
    : undefined;
  const external = await connectExternalSystems(config, (line) => app.log.info(line), { ...(courtWrits ? { courtWrits } : {}), now: () => clock.now() });
  simulatorsRef = external.simulators;
  adaptersRef = external.adapters;
  const outcomes: OutcomeDeps = { seal, publicOrigin: config.publicOrigin };
  const writLinks = courtWritLinks(config, () => listeningOrigin(app) ?? config.publicOrigin);
  const worker = options.worker === false ? null : startWorker({
    db, clock, intervalMs: config.workerIntervalMs, log: app.log, scrubSecrets: config.scrubOutboxSecrets,
    deadlineHandlers: options.deadlineHandlers ?? systemDeadlineHandlers(external.adapters, outcomes),
    // Custom handlers (tests) replace the chunked expiry too, so that they alone decide what a timer does.
    deadlineChunkHandlers: options.deadlineHandlers ? {} : systemDeadlineChunkHandlers(outcomes),
    senders: { [JOURNAL_WITNESS_CHANNEL]: journalWitnessSender,
      ...(options.senders ?? { ...outboxSenders(external.adapters), ...workspaceSenders(db, external.adapters, clock, writLinks) }) },
    // Issue 11 item 11: refresh TRUST_CRL_URLS before they lapse (a lease per source keeps several processes apart).
    tasks: [...(config.trust.crlUrls.length ? [{
      name: 'crl-refresh', run: (now: () => Date) => refreshCrls(db, { sources: config.trust.crlUrls, issuers: trust.caCertificates, now }),
    }] : []),
    // ENP-8: the cases' recorded changes become e-mails to the ЭНП participants who may see them (outbox, SKIP LOCKED).
    { name: 'enp-notifications', run: () => dispatchEnpNotifications({ db, clock, publicOrigin: config.publicOrigin, portalUrl: config.enp.portalUrl }) },
    enpHousekeepingTask(db)],
  });
  // Issue 12: the journal's sealer (one process at a time holds its lease).
  const sealer = options.worker === false ? null
    : startSealer({ db, seal, intervalMs: config.journal.sealMs, witnesses: config.journal.witnesses, log: app.log });
  return {
    app,
    db,
    external,
    trust,
    outcomes,
    courtWrits: writLinks,
    async stop() {
      await sealer?.stop();
      await worker?.stop();
      await app.close();
      await external.close();
      await replica?.close();
      await db.close();
    },
  };
}
