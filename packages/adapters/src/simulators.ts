import Fastify from 'fastify';
import { z } from 'zod';
import { ArchiveSimulator, type ArchiveSimulatorControl } from './archive/simulator';
import { CourtSystemSimulator, type CourtSystemSimulatorControl } from './court-system/simulator';
import type { CourtWritDelivery } from './court-system/writ-delivery';
import { ErapSimulator, type ErapSimulatorControl } from './erap/simulator';
import { GbdFlSimulator, type GbdFlSimulatorControl } from './gbd-fl/simulator';
import { MobileCitizensSimulator, type MobileCitizensSimulatorControl } from './mobile-citizens/simulator';
import { PaymentsSimulator, type PaymentsSimulatorControl } from './payments/simulator';
import { DEFAULT_FAULTS, FaultInjector, type ForcedFailure, type LatencySetting, type RequestLogEntry } from './sim/faults';
import { installErrorShape, parseOr400 } from './sim/http';
import type { SimulatorContext, SimulatorModule } from './sim/types';
import { SiopsoSimulator, type SiopsoSimulatorControl } from './siopso/simulator';
import type { SiopsoOutcomeRates } from './siopso/outcomes';
import { SmsSimulator, type SmsSimulatorControl } from './sms/simulator';
import { SYSTEM_NAMES, simulatorBaseUrls, type SystemName } from './systems';

// One Fastify server with every simulator under its own prefix (/erap,
// /sms, …): one port to configure in dev, one process to start in tests.

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Added to every request; default 20–80 ms, like a nearby government gateway. */
  readonly latencyMs?: LatencySetting;
  /** 0..1, share of requests answered 503 at random (seeded). Default 0. */
  readonly failureRate?: number;
  /** Seeds the demo data (ЕРАП fines) and the failure dice. Default 1. */
  readonly seed?: number;
  /** How long a forced `timeout` holds a request before answering 504. Default 30 s. */
  readonly hangMs?: number;
  readonly initialFines?: number;
  readonly siopsoAnswerDelayMs?: number;
  /** Shares of late and failed СИОПСО answers; default realistic (about 20% late, 10% failed). */
  readonly siopsoOutcomeRates?: SiopsoOutcomeRates;
  readonly smsDeliveryDelayMs?: number;
  /** The simulators' clock (SIOPSO answers, SMS delivery, timestamps). */
  readonly now?: () => Date;
  /** Where the courts' simulator sends signed writs (ENF-11); without it its writ sending answers 503. */
  readonly courtWrits?: CourtWritDelivery;
  /** SIMP-4: the secret the payment gateway signs its notifications with; default DEV_PAYMENTS_NOTIFY_SECRET. */
  readonly paymentsNotifySecret?: string;
  /** SIMP-4: pauses before each retry of an undelivered payment notification; default 1 s, 5 s, 30 s, 2 min. */
  readonly paymentsNotifyRetryDelaysMs?: readonly number[];
  readonly logger?: boolean;
}

export interface SimulatorControl {
  setLatency(system: SystemName | 'all', latency: LatencySetting): void;
  setFailureRate(system: SystemName | 'all', rate: number): void;
  /** The next `count` requests to `system` fail: 503 at once, or held past any client timeout. */
  failNext(system: SystemName, kind: ForcedFailure, count?: number): void;
  /** Back to the configured latency and failure rate, forced failures dropped. */
  resetFaults(system?: SystemName): void;
  /** Every request the simulators answered (control routes excluded). */
  requests(system?: SystemName): readonly RequestLogEntry[];
  readonly erap: ErapSimulatorControl;
  readonly mobileCitizens: MobileCitizensSimulatorControl;
  readonly gbdFl: GbdFlSimulatorControl;
  readonly payments: PaymentsSimulatorControl;
  readonly siopso: SiopsoSimulatorControl;
  readonly courtSystem: CourtSystemSimulatorControl;
  readonly archive: ArchiveSimulatorControl;
  readonly sms: SmsSimulatorControl;
}

export interface RunningSimulators {
  /** e.g. `http://127.0.0.1:41234`; each system lives under `${url}/${system}`. */
  readonly url: string;
  readonly baseUrls: Record<SystemName, string>;
  readonly control: SimulatorControl;
  close(): Promise<void>;
}

const systemSchema = z.enum(SYSTEM_NAMES);
const faultsBodySchema = z.object({
  system: z.union([systemSchema, z.literal('all')]),
  latencyMs: z.union([z.number().min(0), z.object({ minMs: z.number().min(0), maxMs: z.number().min(0) })]).optional(),
  failureRate: z.number().min(0).max(1).optional(),
  failNext: z.object({ kind: z.enum(['unavailable', 'timeout']), count: z.int().positive().default(1) }).optional(),
});

export async function startSimulators(options: SimulatorOptions = {}): Promise<RunningSimulators> {
  const ctx: SimulatorContext = { seed: options.seed ?? 1, now: options.now ?? (() => new Date()) };
  const faults = new FaultInjector({
    latency: options.latencyMs ?? DEFAULT_FAULTS.latency,
    failureRate: options.failureRate ?? DEFAULT_FAULTS.failureRate,
    hangMs: options.hangMs ?? DEFAULT_FAULTS.hangMs,
    seed: ctx.seed,
  });
  const sims = {
    erap: new ErapSimulator(ctx, options.initialFines === undefined ? {} : { initialFines: options.initialFines }),
    mobileCitizens: new MobileCitizensSimulator(),
    gbdFl: new GbdFlSimulator(),
    payments: new PaymentsSimulator(ctx, {
      ...(options.paymentsNotifySecret === undefined ? {} : { notifySecret: options.paymentsNotifySecret }),
      ...(options.paymentsNotifyRetryDelaysMs === undefined ? {} : { notifyRetryDelaysMs: options.paymentsNotifyRetryDelaysMs }),
    }),
    siopso: new SiopsoSimulator(ctx, {
      ...(options.siopsoAnswerDelayMs === undefined ? {} : { answerDelayMs: options.siopsoAnswerDelayMs }),
      ...(options.siopsoOutcomeRates === undefined ? {} : { outcomeRates: options.siopsoOutcomeRates }),
    }),
    courtSystem: new CourtSystemSimulator(ctx, options.courtWrits === undefined ? {} : { writs: options.courtWrits }),
    archive: new ArchiveSimulator(ctx),
    sms: new SmsSimulator(ctx, options.smsDeliveryDelayMs === undefined ? {} : { deliveryDelayMs: options.smsDeliveryDelayMs }),
  };
  const each = (system: SystemName | 'all', apply: (s: SystemName) => void): void =>
    (system === 'all' ? SYSTEM_NAMES : [system]).forEach(apply);

  const control: SimulatorControl = {
    setLatency: (system, latency) => each(system, (s) => faults.setLatency(s, latency)),
    setFailureRate: (system, rate) => each(system, (s) => faults.setFailureRate(s, rate)),
    failNext: (system, kind, count) => faults.failNext(system, kind, count),
    resetFaults: (system) => faults.reset(system),
    requests: (system) => faults.requests(system),
    erap: sims.erap.control,
    mobileCitizens: sims.mobileCitizens.control,
    gbdFl: sims.gbdFl.control,
    payments: sims.payments.control,
    siopso: sims.siopso.control,
    courtSystem: sims.courtSystem.control,
    archive: sims.archive.control,
    sms: sims.sms.control,
  };

  // forceCloseConnections: close() must not wait for requests held by injected latency.
  const app = Fastify({ logger: options.logger ?? false, forceCloseConnections: true, bodyLimit: 64 * 1024 * 1024 });
  installErrorShape(app);
  // Outgoing notifications and their retries end with the simulators.
  app.addHook('onClose', async () => sims.payments.close());
  for (const sim of Object.values(sims) as SimulatorModule[]) {
    await app.register(
      async (scope) => {
        scope.addHook('onRequest', faults.hook(sim.system));
        scope.addHook('onResponse', faults.logHook(sim.system));
        sim.register(scope);
      },
      { prefix: `/${sim.system}` },
    );
  }

  // The same fault controls over HTTP, for a dev server or browser tests in another process.
  app.post('/_control/faults', async (request, reply) => {
    const body = await parseOr400(faultsBodySchema, request.body, reply);
    if (body === undefined) return;
    if (body.latencyMs !== undefined) control.setLatency(body.system, body.latencyMs);
    if (body.failureRate !== undefined) control.setFailureRate(body.system, body.failureRate);
    if (body.failNext !== undefined) {
      const { kind, count } = body.failNext;
      each(body.system, (s) => control.failNext(s, kind, count));
    }
    return { ok: true };
  });
  app.post('/_control/reset', async () => {
    control.resetFaults();
    return { ok: true };
  });
  app.get('/_control/requests', async () => ({ requests: control.requests() }));

  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port ?? 0, host });
  } catch (error) {
    // A busy port: nothing of this attempt may stay open (timers, the half-built server); the caller may try another.
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port ?? 0;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { url, baseUrls: simulatorBaseUrls(url), control, close: () => app.close() };
}
