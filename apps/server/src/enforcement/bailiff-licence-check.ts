import type { Sql } from '@oryndau/db';
import { findCurrentLicenceOfIin } from '@oryndau/db';
import { DomainError, ErrorCode, distribution, licensing } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';

/**
 * LIC-8, ENF-12: a private bailiff whose licence the register has suspended
 * or terminated (on today's date in Kazakhstan, +05) may not sign acts — a
 * clear kk/ru message instead of a silent refusal. A bailiff not yet in the
 * register (older data) is judged by the distribution's profile dates only.
 */
export async function assertBailiffLicenceActive(sql: Sql, subject: Subject, now: Date): Promise<void> {
  if (!subject.roles.includes('private_bailiff')) return;
  const licence = await findCurrentLicenceOfIin(sql, subject.iin);
  if (!licence) return;
  const register = { status: licence.status, issuedOn: licence.issuedOn, statusSince: licence.statusSince };
  if (!licensing.licenceValidOn(register, distribution.localDate(now))) {
    throw new DomainError(ErrorCode.licensingLicenceInactive, { licenceNumber: licence.number });
  }
}
