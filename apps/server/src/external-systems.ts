import { SYSTEM_NAMES, createAdapters, simulatorBaseUrls, startSimulators } from '@oryndau/adapters';
import type { Adapters, CourtWritDelivery, RunningSimulators, SystemName } from '@oryndau/adapters';
import type { Config } from './config';

export type ExternalSystems = { adapters: Adapters; simulators: RunningSimulators | null; close(): Promise<void> };

/**
 * every external system behind its port. A system configured with a
 * URL is reached there; outside production, the others are served by the
 * built-in simulators over HTTP — the same contract a real client speaks.
 * In production a missing URL stays missing and calls fail as `unavailable`.
 */
export async function connectExternalSystems(
  config: Config, log: (line: string) => void, options: { courtWrits?: CourtWritDelivery; now?: () => Date } = {},
): Promise<ExternalSystems> {
  const configured = config.adapters.baseUrls;
  const missing = SYSTEM_NAMES.filter((system) => !configured[system]);
  let simulators: RunningSimulators | null = null;
  const baseUrls: Partial<Record<SystemName, string>> = { ...configured };
  if (missing.length > 0 && !config.production) {
    const start = (port: number) => startSimulators({ port, host: '127.0.0.1',
      ...(options.courtWrits ? { courtWrits: options.courtWrits } : {}), ...(options.now ? { now: options.now } : {}),
      ...(config.simulatedSiopso === 'on-time' ? { siopsoOutcomeRates: { late: 0, failed: 0 } } : {}),
      ...(config.paymentsNotifySecret ? { paymentsNotifySecret: config.paymentsNotifySecret } : {}) });
    simulators = await startSimulatorsOn(config.simulators, start, log);
    const simulated = simulatorBaseUrls(simulators.url);
    for (const system of missing) baseUrls[system] = simulated[system];
    log(`External systems simulated at ${simulators.url}: ${missing.join(', ')}`);
  } else if (missing.length > 0) {
    log(`External systems without a URL (calls will fail as unavailable): ${missing.join(', ')}`);
  }
  const adapters = createAdapters({ ...config.adapters, baseUrls, log });
  return {
    adapters,
    simulators,
    async close() {
      adapters.close();
      await simulators?.close();
    },
  };
}

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EADDRINUSE';
}

/**
 * ISSUE-13 item 14: the simulators listen on a known port. One set by SIMULATORS_PORT that is busy refuses
 * the start with a plain message; the default one, when busy, gives way to a free port and says which.
 */
export async function startSimulatorsOn(
  where: { port: number; fixed: boolean }, start: (port: number) => Promise<RunningSimulators>, log: (line: string) => void,
): Promise<RunningSimulators> {
  try {
    return await start(where.port);
  } catch (error) {
    if (!isAddressInUse(error) || where.port === 0) throw error;
    if (where.fixed) {
      throw new Error(`SIMULATORS_PORT=${where.port} is already in use (another Oryndau running?): stop it or choose another port`, { cause: error });
    }
    const simulators = await start(0);
    log(`Simulators: the default port ${where.port} is busy, using ${new URL(simulators.url).port} instead (set SIMULATORS_PORT to choose)`);
    return simulators;
  }
}
