/**
 * Shared fixtures of the lifecycle and payment tests (kept out of the
 * *.test.ts files so importing them does not register tests twice).
 */
import { decide, type SimplifiedCommand } from './lifecycle';
import { receivedCase, type SimplifiedCase } from './simplified-case';

// Taraz, 10 Jun 2025 10:00 (+05): the term ends 15 Jun 2025 24:00 (+05) = 2025-06-15T19:00Z.
export const T0 = new Date('2025-06-10T05:00:00Z');
export const EXPIRES = new Date('2025-06-15T19:00:00Z');
export const AMOUNT = 3_692_000;
export const HOUR = 3_600_000;
export const after = (ms: number, from = T0): Date => new Date(from.getTime() + ms);

export const received = (): SimplifiedCase =>
  receivedCase({ id: 'case-1', erapFineId: 'erap-1', amountTiyn: AMOUNT, territoryKato: '311010000', receivedAt: T0 });

/** decide, failing the test with the error code when it refuses. */
export function ok(c: SimplifiedCase, command: SimplifiedCommand, now: Date): Extract<ReturnType<typeof decide>, { ok: true }> {
  const result = decide(c, command, now);
  if (!result.ok) throw new Error(`expected ${command.action} to succeed, got ${result.error.code}`);
  return result;
}

export const initiated = (): SimplifiedCase => ok(received(), { action: 'initiate', phone: '+77011234567' }, T0).state;
