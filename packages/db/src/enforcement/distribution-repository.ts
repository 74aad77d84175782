import { distribution } from '@oryndau/domain';
import type { ProceedingStatus } from '@oryndau/domain';
import type { Sql } from '../database';
import { applyBailiffLoadDeltas, countAssignment } from './bailiff-loads-repository';

type Decision = distribution.DistributionDecision;

type CandidateRow = {
  user_id: string; full_name: string; kind: 'state' | 'private'; region_kato: string; districts: string[] | null;
  licence_number: string | null; licence_valid_from: string | null; licence_valid_until: string | null; active: boolean;
  load: string; recent: string;
  register_number: string | null; register_status: 'valid' | 'suspended' | 'terminated' | null; register_issued_on: string | null;
  register_since: string | null;
};

/** A bailiff with a profile and the load counted now (the inputs of a distribution decision). */
export type BailiffCandidateRecord = {
  userId: string; fullName: string; kind: 'state' | 'private'; regionKato: string; districts: string[];
  licenceNumber: string | null; licenceValidFrom: string | null; licenceValidUntil: string | null;
  /** LIC-8: the bailiff's current licence in the licence register (by their IIN), which decides over the profile's fields. */
  registerLicence: { number: string; status: 'valid' | 'suspended' | 'terminated'; issuedOn: string; statusSince: string | null } | null;
  /** The profile is active and the account not disabled. */
  active: boolean;
  /** Open proceedings (the bailiff_loads counter). */
  load: number;
  /** Decisions that chose them on `recentFirstDay` or later (+05 days, bailiff_assignment_days). */
  recentAssignments: number;
};

/**
 * Every bailiff with a profile (of one region when given), by id, with the
 * load counters (migration 0027): a few rows per bailiff, never a count of
 * proceedings or decisions, and no lock taken (issue 18 item 4).
 */
export async function listBailiffCandidates(sql: Sql, recentFirstDay: string, regionKato?: string): Promise<BailiffCandidateRecord[]> {
  const result = await sql.query<CandidateRow>(
    `SELECT b.user_id, u.full_name, b.kind, b.region_kato, b.districts, b.licence_number,
            b.licence_valid_from::text AS licence_valid_from, b.licence_valid_until::text AS licence_valid_until,
            b.active AND NOT u.disabled AS active,
            coalesce(bl.open_proceedings, 0) AS load,
            coalesce((SELECT sum(a.assignments) FROM bailiff_assignment_days a WHERE a.bailiff_id = b.user_id AND a.day >= $1::date), 0) AS recent,
            rl.number AS register_number, rl.status AS register_status, rl.issued_on::text AS register_issued_on,
            rl.status_since::text AS register_since
       FROM bailiff_profiles b JOIN users u ON u.id = b.user_id
       LEFT JOIN bailiff_loads bl ON bl.bailiff_id = b.user_id
       LEFT JOIN LATERAL (SELECT l.number, l.status, l.issued_on, l.status_since FROM licences l
                           WHERE b.kind = 'private' AND l.licensee_iin = u.iin AND l.status <> 'replaced'
                           ORDER BY l.issued_on DESC, l.number DESC LIMIT 1) rl ON true
      WHERE $2::text IS NULL OR b.region_kato = $2
      ORDER BY b.user_id`,
    [recentFirstDay, regionKato ?? null]);
  return result.rows.map((r) => ({
    userId: r.user_id, fullName: r.full_name, kind: r.kind, regionKato: r.region_kato, districts: r.districts ?? [],
    licenceNumber: r.licence_number, licenceValidFrom: r.licence_valid_from, licenceValidUntil: r.licence_valid_until, active: r.active,
    load: Number(r.load), recentAssignments: Number(r.recent),
    registerLicence: r.register_number && r.register_status && r.register_issued_on
      ? { number: r.register_number, status: r.register_status, issuedOn: r.register_issued_on, statusSince: r.register_since } : null,
  }));
}

/**
 * Stores a decision and gives the proceeding its (new) bailiff; the
 * proceeding is locked or new. The load counters move in the same
 * transaction: the previous bailiff's down and the chosen one's up while the
 * proceeding's status counts as load, and the chosen one's decisions of the
 * day up (bailiff-loads-repository.ts; lock order there).
 */
export async function insertDistributionDecision(
  tx: Sql, d: { id: string; proceedingId: string; decision: Decision; decidedBy: string | null; previousBailiffId: string | null; writtenReason: string | null },
): Promise<void> {
  const { decision } = d;
  await tx.query(
    `INSERT INTO distribution_decisions (id, proceeding_id, kind, decided_at, decided_by, bailiff_id, previous_bailiff_id, rule_id,
                                         rules_version, written_reason, decision)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)`,
    [d.id, d.proceedingId, decision.kind, decision.decidedAt, d.decidedBy, decision.chosen, d.previousBailiffId,
      decision.ruleApplied?.id ?? null, decision.inputs.rulesVersion, d.writtenReason, JSON.stringify({ ...decision, previous: undefined })]);
  // The row is locked by the caller (or new in this transaction), so the sub-select reads the bailiff this update replaces.
  const moved = await tx.query<{ previous: string | null; status: ProceedingStatus }>(
    `UPDATE proceedings p SET bailiff_id = $2 FROM (SELECT bailiff_id AS previous FROM proceedings WHERE id = $1) o
      WHERE p.id = $1 RETURNING o.previous, p.status`, [d.proceedingId, decision.chosen]);
  const row = moved.rows[0];
  if (!row) throw new Error(`distribution of a missing proceeding ${d.proceedingId}`);
  await applyBailiffLoadDeltas(tx, distribution.loadDeltas({ status: row.status, bailiffId: row.previous },
    { status: row.status, bailiffId: decision.chosen }));
  if (decision.chosen !== null) await countAssignment(tx, decision.chosen, new Date(decision.decidedAt));
}

type DecisionRow = {
  id: string; kind: distribution.DecisionKind; decided_at: Date; decided_by: string | null; bailiff_id: string | null; rule_id: string | null;
  rules_version: string; written_reason: string | null; decision: Decision;
};
export type DistributionDecisionRecord = {
  id: string; kind: distribution.DecisionKind; decidedAt: Date; decidedBy: string | null; bailiffId: string | null; ruleId: string | null;
  rulesVersion: string; writtenReason: string | null; decision: Decision;
};

/** Every decision on the proceeding, oldest first. */
export async function listDistributionDecisions(sql: Sql, proceedingId: string): Promise<DistributionDecisionRecord[]> {
  const result = await sql.query<DecisionRow>(
    `SELECT id, kind, decided_at, decided_by, bailiff_id, rule_id, rules_version, written_reason, decision
       FROM distribution_decisions WHERE proceeding_id = $1 ORDER BY decided_at`, [proceedingId]);
  return result.rows.map((d) => ({ id: d.id, kind: d.kind, decidedAt: new Date(d.decided_at), decidedBy: d.decided_by, bailiffId: d.bailiff_id,
    ruleId: d.rule_id, rulesVersion: d.rules_version, writtenReason: d.written_reason, decision: d.decision }));
}

/** The decision in force (the latest), or null. */
export async function findLatestDecision(sql: Sql, proceedingId: string): Promise<Decision | null> {
  const result = await sql.query<{ decision: Decision }>(
    'SELECT decision FROM distribution_decisions WHERE proceeding_id = $1 ORDER BY decided_at DESC LIMIT 1', [proceedingId]);
  return result.rows[0]?.decision ?? null;
}
