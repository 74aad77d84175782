import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { ActResource, ActStatus, ProceedingResource, Subject } from '@oryndau/domain';
import type { ProceedingRow } from './store';

// The enforcement workspace's authorization: what the policies
// (packages/domain/src/identity/policies.ts) need, taken from rows already
// read, and one answer for a proceeding one may not see.

export const proceedingResource = (row: Pick<ProceedingRow, 'region_kato' | 'bailiff_id'>): ProceedingResource =>
  ({ regionKato: row.region_kato, bailiffId: row.bailiff_id });

export const actResource = (act: { status: ActStatus; created_by: string }, row: Pick<ProceedingRow, 'region_kato' | 'bailiff_id'>): ActResource =>
  ({ proceeding: proceedingResource(row), status: act.status, createdBy: act.created_by });

/** Who may see a proceeding and its documents: its bailiff, seniors of its region, administrators. */
export const mayViewProceeding = (subject: Subject, row: ProceedingRow): boolean => can(subject, 'proceeding.read', proceedingResource(row));

/**
 * A proceeding the subject may not see is answered as a missing one (404),
 * as the card is — another organisation's proceeding does not reveal that it
 * exists; one they see but may not change this way is a 403.
 */
export function authorizeProceeding(subject: Subject, row: ProceedingRow, action: 'proceeding.act' | 'proceeding.reassign'): void {
  const resource = proceedingResource(row);
  if (!can(subject, 'proceeding.read', resource)) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, action, resource)) throw new DomainError(ErrorCode.forbidden);
}

/** The same for a resolution on the proceeding. */
export function authorizeAct(subject: Subject, act: { status: ActStatus; created_by: string }, row: ProceedingRow, action: 'act.return' | 'act.sign'): void {
  if (!mayViewProceeding(subject, row)) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, action, actResource(act, row))) throw new DomainError(ErrorCode.forbidden);
}
