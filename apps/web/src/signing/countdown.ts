/**
 * SIG-3 countdown. The challenge's life is the server's (`expiresAt` minus
 * `startedAt`), laid onto this browser's clock at the moment the answer
 * arrived: a computer whose clock is off by minutes still counts the same
 * five minutes the server does.
 */
export type ChallengeTimes = { startedAt: string | null; expiresAt: string };

/** Local (this browser's clock) instant the challenge ends, in ms. */
export function localDeadline(times: ChallengeTimes, receivedAt: number): number {
  const expires = Date.parse(times.expiresAt);
  if (Number.isNaN(expires)) return receivedAt;
  // Without startedAt (sign-in nonce) the server's clock is the only one we have.
  const started = times.startedAt === null ? Number.NaN : Date.parse(times.startedAt);
  if (Number.isNaN(started)) return expires;
  return receivedAt + Math.max(0, expires - started);
}

export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** `m:ss`, rounded up so "0:00" is shown only when time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
