import { randomBytes, toHex } from '../bytes';

export type NonceOutcome = 'ok' | 'unknown' | 'expired' | 'replayed';

/**
 * Single-use server nonces for ЭЦП sign-in (ESIGN.md checklist 8). The
 * server keeps them (a table in production); the verifier only consumes.
 */
export interface NonceStore {
  /** A new random nonce that expires `ttlMs` after `now`. */
  issue(now: Date, ttlMs: number): Promise<string>;
  /** Marks the nonce used; says why it cannot be used if so. Atomic per nonce. */
  consume(nonce: string, now: Date): Promise<NonceOutcome>;
}

/** For tests and a single process; forgets used nonces once they would have expired anyway. */
export class InMemoryNonceStore implements NonceStore {
  private readonly live = new Map<string, number>();
  private readonly used = new Map<string, number>();

  async issue(now: Date, ttlMs: number): Promise<string> {
    this.sweep(now);
    const nonce = toHex(randomBytes(32));
    this.live.set(nonce, now.getTime() + ttlMs);
    return nonce;
  }

  async consume(nonce: string, now: Date): Promise<NonceOutcome> {
    this.sweep(now);
    if (this.used.has(nonce)) return 'replayed';
    const expiresAt = this.live.get(nonce);
    if (expiresAt === undefined) return 'unknown';
    this.live.delete(nonce);
    this.used.set(nonce, expiresAt);
    return now.getTime() > expiresAt ? 'expired' : 'ok';
  }

  // Forgotten nonces answer 'unknown', which is refused just the same.
  private sweep(now: Date): void {
    const horizon = now.getTime() - 10 * 60_000;
    for (const [nonce, expiresAt] of this.used) if (expiresAt < horizon) this.used.delete(nonce);
    for (const [nonce, expiresAt] of this.live) if (expiresAt < horizon) this.live.delete(nonce);
  }
}
