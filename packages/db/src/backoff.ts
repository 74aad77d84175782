/**
 * Exponential backoff with a ceiling: 30 s, 1 min, 2 min, … up to 1 hour.
 * Deterministic on purpose (no jitter from Math.random): the claim with
 * SKIP LOCKED already keeps several workers from stampeding one row.
 */
export function backoffMs(attempt: number, baseMs = 30_000, maxMs = 3_600_000): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(maxMs, baseMs * 2 ** Math.min(exponent, 30));
}
