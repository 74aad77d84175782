import { randomUUID } from 'node:crypto';
import type { Sql } from '@oryndau/db';
import type { distribution } from '@oryndau/domain';

type Candidate = Parameters<typeof distribution.distribute>[1][number];
type Decision = ReturnType<typeof distribution.distribute>;

/** Proceedings that still take a bailiff's time count as load (ENF-12). */
const OPEN_STATUSES = `('registered', 'initiated', 'suspended')`;
const RECENT_WINDOW_DAYS = 7;

type CandidateRow = {
  user_id: string; full_name: string; kind: 'state' | 'private'; region_kato: string; districts: string[] | null;
  licence_number: string | null; licence_valid_from: string | null; licence_valid_until: string | null; active: boolean;
  load: string; recent: string;
};

export type NamedCandidate = Candidate & { fullName: string };

/** Every bailiff with a profile, with the load counted now (the inputs of the decision). */
export async function loadCandidates(sql: Sql, now: Date, regionKato?: string): Promise<NamedCandidate[]> {
  const since = new Date(now.getTime() - RECENT_WINDOW_DAYS * 86_400_000).toISOString();
  const result = await sql.query<CandidateRow>(
    `SELECT b.user_id, u.full_name, b.kind, b.region_kato, b.districts, b.licence_number,
            b.licence_valid_from::text AS licence_valid_from, b.licence_valid_until::text AS licence_valid_until,
            b.active AND NOT u.disabled AS active,
            (SELECT count(*) FROM proceedings p WHERE p.bailiff_id = b.user_id AND p.status IN ${OPEN_STATUSES}) AS load,
            (SELECT count(*) FROM distribution_decisions d WHERE d.bailiff_id = b.user_id AND d.decided_at >= $1) AS recent
       FROM bailiff_profiles b JOIN users u ON u.id = b.user_id
      WHERE $2::text IS NULL OR b.region_kato = $2
      ORDER BY b.user_id`,
    [since, regionKato ?? null],
  );
  return result.rows.map((r) => ({
    id: r.user_id, fullName: r.full_name, kind: r.kind, region: r.region_kato,
    ...(r.districts && r.districts.length > 0 ? { districts: r.districts } : {}),
    load: Number(r.load), recentAssignments: Number(r.recent), active: r.active,
    ...(r.licence_number && r.licence_valid_until
      ? { licence: { number: r.licence_number, validUntil: r.licence_valid_until, ...(r.licence_valid_from ? { validFrom: r.licence_valid_from } : {}) } }
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
  await sql.query(
    `INSERT INTO distribution_decisions (id, proceeding_id, kind, decided_at, decided_by, bailiff_id, previous_bailiff_id, rule_id,
                                         rules_version, written_reason, decision)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)`,
    [id, proceedingId, decision.kind, decision.decidedAt, extra.decidedBy ?? null, decision.chosen, extra.previousBailiffId ?? null,
      decision.ruleApplied?.id ?? null, decision.inputs.rulesVersion, extra.writtenReason ?? null,
      JSON.stringify({ ...decision, previous: undefined })],
  );
  await sql.query('UPDATE proceedings SET bailiff_id = $2 WHERE id = $1', [proceedingId, decision.chosen]);
  return id;
}
