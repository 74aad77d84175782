/**
 * ЭНП housekeeping (issue 16): how long the portal's working rows are kept.
 * These are the project's own choices, not legal terms — the journal (X-2,
 * ENP-11) keeps the record of every view and change for its own retention;
 * these rows only drive sessions and e-mails.
 * - A dispatched case change has done its work once its e-mails are in the
 *   outbox; 30 days leave room to investigate a complaint about a notice.
 * - An unsubscribe link stays usable for a year after its e-mail (people
 *   click old e-mails); after that the link answers "invalid" and the
 *   preferences on the portal's case page remain the way to turn e-mails off.
 * - An expired portal session is useless and is removed at once.
 */
export const ENP_RETENTION = {
  dispatchedCaseChangeDays: 30,
  unsubscribeTokenDays: 365,
  /** How often one process runs the clean-up (it is idempotent; several processes may run it). */
  runEveryMinutes: 60,
  /** Rows deleted per statement, so a long backlog never holds a long transaction. */
  batch: 1000,
} as const;

const DAY_MS = 86_400_000;

/** The cut-off instants for `now` — pure, so the rule is tested without a clock. */
export function enpRetentionCutoffs(now: Date): { sessionsExpiredBefore: Date; changesDispatchedBefore: Date; tokensCreatedBefore: Date } {
  return {
    sessionsExpiredBefore: now,
    changesDispatchedBefore: new Date(now.getTime() - ENP_RETENTION.dispatchedCaseChangeDays * DAY_MS),
    tokensCreatedBefore: new Date(now.getTime() - ENP_RETENTION.unsubscribeTokenDays * DAY_MS),
  };
}
