import { PAYMENT_SIGNATURE_HEADER } from './notification';

// How the simulated gateway delivers its signed notifications (SIMP-4), the
// way real gateways do: in the background (the payer's redirect never waits),
// again after a growing pause when the merchant is unreachable or answers
// anything but 2xx, and the same bytes every time, so a merchant that got a
// notice twice sees one payment. Closing stops every pending retry and
// aborts requests in flight: nothing keeps the process alive.

/** Pauses before the 2nd, 3rd, … attempt; the first goes at once. */
export const DEFAULT_NOTIFY_RETRY_DELAYS_MS: readonly number[] = [1_000, 5_000, 30_000, 120_000];
const ATTEMPT_TIMEOUT_MS = 10_000;

export interface SignedNotification {
  readonly body: string;
  readonly signature: string;
}

export interface NotificationAttempt {
  readonly attempt: number;
  readonly at: string;
  /** The merchant's HTTP status; null when the request failed (refused, timed out). */
  readonly status: number | null;
  readonly error: string | null;
}

export interface NotifierOptions {
  readonly retryDelaysMs?: readonly number[];
  readonly fetch?: typeof fetch;
  /** Clock of the attempt log. */
  readonly now?: () => Date;
}

export class NotificationSender {
  private readonly retryDelaysMs: readonly number[];
  private readonly fetchFn: typeof fetch;
  private readonly now: () => Date;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<AbortController>();
  private readonly attempts = new Map<string, NotificationAttempt[]>();
  private closed = false;

  constructor(options: NotifierOptions = {}) {
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_NOTIFY_RETRY_DELAYS_MS;
    this.fetchFn = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? (() => new Date());
  }

  /** Starts delivering in the background; returns at once. */
  send(key: string, url: string, notification: SignedNotification): void {
    this.schedule(key, url, notification, 1, 0);
  }

  /** Every attempt made for `key`, oldest first. */
  attemptsOf(key: string): readonly NotificationAttempt[] {
    return [...(this.attempts.get(key) ?? [])];
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort();
    this.inFlight.clear();
  }

  private schedule(key: string, url: string, notification: SignedNotification, attempt: number, delayMs: number): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(key, url, notification, attempt);
    }, delayMs);
    // Pending retries alone never hold the process open; close() cancels them anyway.
    timer.unref();
    this.timers.add(timer);
  }

  private async attempt(key: string, url: string, notification: SignedNotification, attempt: number): Promise<void> {
    if (this.closed) return;
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), ATTEMPT_TIMEOUT_MS);
    timeout.unref();
    this.inFlight.add(controller);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await this.fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [PAYMENT_SIGNATURE_HEADER]: notification.signature },
        body: notification.body,
        signal: controller.signal,
      });
      status = response.status;
      // The answer's body means nothing to the gateway; read it so the connection is released.
      await response.arrayBuffer().catch(() => undefined);
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
    if (this.closed) return;
    const log = this.attempts.get(key) ?? [];
    log.push({ attempt, at: this.now().toISOString(), status, error });
    this.attempts.set(key, log);
    const delivered = status !== null && status >= 200 && status < 300;
    const pause = this.retryDelaysMs[attempt - 1];
    if (!delivered && pause !== undefined) this.schedule(key, url, notification, attempt + 1, pause);
  }
}
