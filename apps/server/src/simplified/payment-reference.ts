import { isUuid } from '@oryndau/contracts';

/** Reference of the n-th payment attempt of a case: the gateway's idempotency key (two clicks → one payment). */
export const paymentReference = (caseId: string, attempt: number) => `simp-${caseId}-${attempt}`;

/** The case a payment reference belongs to, or null when it is not one of ours. */
export function caseIdOfReference(reference: string): string | null {
  const match = /^simp-(.{36})-\d+$/.exec(reference);
  return match && isUuid(match[1]!) ? match[1]! : null;
}
