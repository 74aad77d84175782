import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { ActResource, ActStatus, ProceedingResource, Subject } from '@oryndau/domain';
import type { ProceedingRecord } from './store';

// The enforcement workspace's authorization: what the policies
// (packages/domain/src/identity/policies.ts) need, taken from rows already
// read, and one answer for a proceeding one may not see.

type ProceedingScopeFields = Pick<ProceedingRecord, 'regionKato' | 'bailiffId'>;
type ActFields = { status: ActStatus; createdBy: string };

export const proceedingResource = (row: ProceedingScopeFields): ProceedingResource =>
  ({ regionKato: row.regionKato, bailiffId: row.bailiffId });

export const actResource = (act: ActFields, row: ProceedingScopeFields): ActResource =>
  ({ proceeding: proceedingResource(row), status: act.status, createdBy: act.createdBy });

/** Who may see a proceeding and its documents: its bailiff, seniors of its region, administrators. */
export const mayViewProceeding = (subject: Subject, row: ProceedingScopeFields): boolean => can(subject, 'proceeding.read', proceedingResource(row));

/**
 * A proceeding the subject may not see is answered as a missing one (404),
 * as the card is — another organisation's proceeding does not reveal that it
 * exists; one they see but may not change this way is a 403.
 */
export function authorizeProceeding(subject: Subject, row: ProceedingScopeFields, action: 'proceeding.act' | 'proceeding.reassign'): void {
  const resource = proceedingResource(row);
  if (!can(subject, 'proceeding.read', resource)) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, action, resource)) throw new DomainError(ErrorCode.forbidden);
}

/** The same for a resolution on the proceeding. */
export function authorizeAct(subject: Subject, act: ActFields, row: ProceedingScopeFields, action: 'act.return' | 'act.sign'): void {
  if (!mayViewProceeding(subject, row)) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, action, actResource(act, row))) throw new DomainError(ErrorCode.forbidden);
}
