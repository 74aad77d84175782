import { randomUUID } from 'node:crypto';
import type { Sql } from '@oryndau/db';
import { insertDistributionDecision, listBailiffCandidates } from '@oryndau/db';
import { distribution } from '@oryndau/domain';
import { addDays } from '@oryndau/kz';

type Candidate = Parameters<typeof distribution.distribute>[1][number];
type Decision = distribution.DistributionDecision;

export type NamedCandidate = Candidate & { fullName: string };

/** A register licence has no end date; a terminated one's last day is the day before its termination (what people read as "until"). */
const registerUntil = (l: { status: string; statusSince: string | null }): string =>
  l.status === 'terminated' && l.statusSince ? addDays(l.statusSince, -1) : '9999-12-31';

/**
 * Every bailiff with a profile, with their load counters (the inputs of the
 * decision): O(bailiffs of the region), and no lock — a concurrent
 * distribution may pick from the same counters, as it may from any snapshot.
 */
export async function loadCandidates(sql: Sql, now: Date, regionKato?: string): Promise<NamedCandidate[]> {
  const rows = await listBailiffCandidates(sql, distribution.recentWindowFirstDay(now), regionKato);
  return rows.map((r) => ({
    id: r.userId, fullName: r.fullName, kind: r.kind, region: r.regionKato,
    ...(r.districts.length > 0 ? { districts: r.districts } : {}),
    load: r.load, recentAssignments: r.recentAssignments, active: r.active,
    // LIC-8: the register's licence decides when there is one; the profile's dates only for bailiffs not yet in the register.
    ...(r.registerLicence
      ? { licence: { number: r.registerLicence.number, validFrom: r.registerLicence.issuedOn, validUntil: registerUntil(r.registerLicence),
        register: { status: r.registerLicence.status, issuedOn: r.registerLicence.issuedOn, statusSince: r.registerLicence.statusSince } } }
      : r.licenceNumber && r.licenceValidUntil
        ? { licence: { number: r.licenceNumber, validUntil: r.licenceValidUntil, ...(r.licenceValidFrom ? { validFrom: r.licenceValidFrom } : {}) } }
        : {}),
  }));
}

/** The reason names the bailiff by id inside the engine; people read the name. */
export function withNames(decision: Decision, candidates: readonly NamedCandidate[]): Decision {
  const names = new Map(candidates.map((c) => [c.id, c.fullName]));
  const name = (text: string) => [...names].reduce((t, [id, n]) => t.replaceAll(id, n), text);
  return { ...decision, reason: { ...decision.reason, kk: name(decision.reason.kk), ru: name(decision.reason.ru) } };
}

export async function storeDecision(
  sql: Sql, proceedingId: string, decision: Decision,
  extra: { decidedBy?: string | null; previousBailiffId?: string | null; writtenReason?: string | null } = {},
): Promise<string> {
  const id = randomUUID();
  await insertDistributionDecision(sql, { id, proceedingId, decision, decidedBy: extra.decidedBy ?? null,
    previousBailiffId: extra.previousBailiffId ?? null, writtenReason: extra.writtenReason ?? null });
  return id;
}
