import { expect } from 'vitest';
import { AdapterError, type AdapterErrorCode } from '../errors';
import { createAdapters, type Adapters } from '../index';
import { buildIin } from '../sim/iin';
import { simulatedPerson, simulatedPhone } from '../sim/people';
import { startSimulators, type RunningSimulators, type SimulatorOptions } from '../simulators';

// Shared by the adapters' integration tests: simulators on an ephemeral port
// and the real HTTP clients pointed at them.

export interface AdapterFixture {
  readonly sims: RunningSimulators;
  readonly adapters: Adapters;
  close(): Promise<void>;
}

/**
 * Client timeout in tests: short, so "latency beyond the timeout" tests stay
 * fast, yet long enough that a busy 2-core CI machine (integration tests run
 * two at a time) never mistakes a slow answer for a timeout.
 */
export const TEST_TIMEOUT_MS = 1500;

export async function startAdapterFixture(options: SimulatorOptions = {}): Promise<AdapterFixture> {
  // No latency unless a test asks: the suite tests behaviour, not waiting.
  const sims = await startSimulators({ latencyMs: 0, siopsoAnswerDelayMs: 50, smsDeliveryDelayMs: 60, ...options });
  const adapters = createAdapters({ baseUrls: sims.baseUrls, timeoutMs: TEST_TIMEOUT_MS, log: () => {} });
  return {
    sims,
    adapters,
    close: async () => {
      adapters.close();
      await sims.close();
    },
  };
}

/** The `n`-th valid IIN (from 1985 on) matching the wanted simulated facts. */
export function sampleIin(wanted: { person?: boolean; phone?: boolean }, n = 0): string {
  let found = 0;
  for (let i = 0; i < 100_000; i++) {
    const iin = buildIin({ year: 1985 + (i % 20), month: 1 + (i % 12), day: 1 + (i % 28), sex: i % 2 ? 'male' : 'female', serial: i });
    if (iin === null) continue;
    if (wanted.person !== undefined && (simulatedPerson(iin) !== null) !== wanted.person) continue;
    if (wanted.phone !== undefined && (simulatedPhone(iin) !== null) !== wanted.phone) continue;
    if (found++ === n) return iin;
  }
  throw new Error('no sample IIN found');
}

/** Awaits a rejection and checks it is an AdapterError with this code and system. */
export async function expectAdapterError(promise: Promise<unknown>, code: AdapterErrorCode): Promise<AdapterError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AdapterError);
  const adapterError = error as AdapterError;
  expect(adapterError.code).toBe(code);
  return adapterError;
}
