import type { FilingRecord } from '@oryndau/db';
import type { courts } from '@oryndau/domain';
import { DomainError, ErrorCode } from '@oryndau/domain';

/** The stored filing as the pure lifecycle (FILING_TRANSITIONS) sees it. */
export function filingState(f: FilingRecord, dutyPaidTiyn = 0): courts.Filing {
  return {
    id: f.id, status: f.status, version: f.version, changedAt: f.updatedAt, number: f.number, receivedAt: f.receivedAt,
    receiptDate: f.receiptDate, registrationDay: f.registrationDay, registeredCaseId: f.registeredCaseId, refusalGround: f.refusalGround,
    refusalText: f.refusalText === null ? null : { kk: f.refusalText, ru: f.refusalText }, dutyPaidTiyn,
  };
}

/** The version the page showed must still be the filing's (checked after the status, so "already registered" reads as such). */
export function assertVersion(actual: number, expected: number): void {
  if (actual !== expected) throw new DomainError(ErrorCode.courtsVersionConflict, { expected, actual });
}
