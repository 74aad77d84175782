import type { Database, LicensingApplicationRecord, Sql } from '@oryndau/db';
import { findLicensingApplication } from '@oryndau/db';
import { DomainError, ErrorCode, can, licensing } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import type { IsoDate } from '@oryndau/kz';

/**
 * The licensor (Ministry of Justice) counts its working days in Astana's zone;
 * the whole country is UTC+5 since 1 March 2024 (DOMAIN.md), so every zone
 * of the country gives the same day now.
 */
export const LICENSOR_ZONE = 'Asia/Almaty';

export type LicensingDeps = { db: Database; clock: Clock };

export const licensorToday = (now: Date): IsoDate => localDateOf(now, LICENSOR_ZONE);

/** Journal object type of an application (LIC-7: every view and act). */
export const APPLICATION_OBJECT = 'licensing_application';

/**
 * LIC-7: an application as the caller may see it — its applicant, the
 * licensor's staff, administrators; anyone else gets 404 (ids reveal nothing).
 */
export async function requireReadableApplication(sql: Sql, subject: Subject, id: string, options: { lock?: boolean } = {})
  : Promise<LicensingApplicationRecord> {
  const application = await findLicensingApplication(sql, id, options);
  if (!application || !can(subject, 'licensing.application.read', { applicantUserId: application.applicantUserId })) {
    throw new DomainError(ErrorCode.notFound);
  }
  return application;
}

/** The applicant's own application (portal actions): 404 for anyone else's. */
export async function requireOwnApplication(sql: Sql, subject: Subject, id: string, options: { lock?: boolean } = {})
  : Promise<LicensingApplicationRecord> {
  const application = await findLicensingApplication(sql, id, options);
  if (!application || application.applicantUserId === null || !can(subject, 'licensing.apply', { applicantUserId: application.applicantUserId })) {
    throw new DomainError(ErrorCode.notFound);
  }
  return application;
}

/** The licensor's officer's application (review): 404 when unseen, 403 when seen but not decided by this role. */
export async function requireDecidableApplication(sql: Sql, subject: Subject, id: string, options: { lock?: boolean; version?: number } = {})
  : Promise<LicensingApplicationRecord> {
  const application = await requireReadableApplication(sql, subject, id, options);
  if (!can(subject, 'licensing.application.decide', undefined)) throw new DomainError(ErrorCode.forbidden);
  // Decided or changed by someone else meanwhile: one clear 409, never a second decision.
  if (options.version !== undefined && application.version !== options.version) throw new DomainError(ErrorCode.licensingApplicationState);
  return application;
}

/** The next status by the ONE transition table, or a 409 when the table does not allow the action now. */
export function transition(application: LicensingApplicationRecord, action: licensing.LicensingAction): licensing.LicensingStatus {
  const next = licensing.nextLicensingStatus(application.status, action);
  if (!next) throw new DomainError(ErrorCode.licensingApplicationState, { status: application.status, action });
  return next;
}

/** A lost optimistic race on the row is the same 409. */
export function assertUpdated(updated: boolean): void {
  if (!updated) throw new DomainError(ErrorCode.licensingApplicationState);
}
