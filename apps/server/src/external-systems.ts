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
    simulators = await startSimulators({ port: config.simulatorsPort, host: '127.0.0.1',
      ...(options.courtWrits ? { courtWrits: options.courtWrits } : {}), ...(options.now ? { now: options.now } : {}),
      ...(config.simulatedSiopso === 'on-time' ? { siopsoOutcomeRates: { late: 0, failed: 0 } } : {}),
      ...(config.paymentsNotifySecret ? { paymentsNotifySecret: config.paymentsNotifySecret } : {}) });
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
