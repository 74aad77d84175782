import type { Sql } from '../database';
import type { CaseForm, CourtLevel, Instance } from './codes';

// Courts as reference data (issue 14 item 1): the organisation row (names
// kk/ru, region, IANA zone) joined with the court's own row (code, level,
// instances, forms, hours, address).

export type CourtRecord = {
  id: string; name: { kk: string; ru: string }; bin: string | null; regionId: string; timeZone: string; parentId: string | null;
  code: string; level: CourtLevel; instances: Instance[]; forms: CaseForm[];
  /** 'HH:MM' local. */
  workdayStart: string; workdayEnd: string; lunchStart: string | null; lunchEnd: string | null;
  address: { kk: string; ru: string }; phone: string | null; email: string | null;
  cardMarginLeftMm: number; cardMarginTopMm: number;
};

type CourtRow = {
  id: string; name_kk: string; name_ru: string; bin: string | null; region_id: string; time_zone: string; parent_id: string | null;
  code: string; level: CourtLevel; instances: Instance[]; forms: CaseForm[]; workday_start: string; workday_end: string;
  lunch_start: string | null; lunch_end: string | null; address_kk: string; address_ru: string; phone: string | null; email: string | null;
  card_margin_left_mm: number; card_margin_top_mm: number;
};

const COLUMNS = `o.id, o.name_kk, o.name_ru, o.bin, o.region_id, o.time_zone, o.parent_id, c.code, c.level, c.instances, c.forms,
  c.workday_start, c.workday_end, c.lunch_start, c.lunch_end, c.address_kk, c.address_ru, c.phone, c.email,
  c.card_margin_left_mm, c.card_margin_top_mm`;

const courtOf = (r: CourtRow): CourtRecord => ({
  id: r.id, name: { kk: r.name_kk, ru: r.name_ru }, bin: r.bin, regionId: r.region_id, timeZone: r.time_zone, parentId: r.parent_id,
  code: r.code, level: r.level, instances: r.instances, forms: r.forms, workdayStart: r.workday_start, workdayEnd: r.workday_end,
  lunchStart: r.lunch_start, lunchEnd: r.lunch_end, address: { kk: r.address_kk, ru: r.address_ru }, phone: r.phone, email: r.email,
  cardMarginLeftMm: Number(r.card_margin_left_mm), cardMarginTopMm: Number(r.card_margin_top_mm),
});

/** Every court, cassation first, then regional, then district, each by Russian name (a stable order for the reference). */
export async function listCourts(sql: Sql): Promise<CourtRecord[]> {
  const result = await sql.query<CourtRow>(
    `SELECT ${COLUMNS} FROM courts c JOIN organisations o ON o.id = c.organisation_id
      ORDER BY CASE c.level WHEN 'cassation' THEN 0 WHEN 'regional' THEN 1 ELSE 2 END, o.name_ru, o.id`);
  return result.rows.map(courtOf);
}

/** One court by its organisation id; null when there is none. */
export async function findCourt(sql: Sql, courtId: string): Promise<CourtRecord | null> {
  const result = await sql.query<CourtRow>(
    `SELECT ${COLUMNS} FROM courts c JOIN organisations o ON o.id = c.organisation_id WHERE c.organisation_id = $1`, [courtId]);
  return result.rows[0] ? courtOf(result.rows[0]) : null;
}

export type CourtData = {
  organisationId: string; code: string; level: CourtLevel; instances: readonly Instance[]; forms: readonly CaseForm[];
  workdayStart: string; workdayEnd: string; lunchStart: string | null; lunchEnd: string | null;
  address: { kk: string; ru: string }; phone: string | null; email: string | null;
};

/**
 * The court's own row for an existing organisation (reference data, the
 * seed): inserted when missing, brought up to date when present. True when
 * it was inserted.
 */
export async function upsertCourt(tx: Sql, court: CourtData): Promise<boolean> {
  const result = await tx.query<{ inserted: boolean }>(
    `INSERT INTO courts (organisation_id, code, level, instances, forms, workday_start, workday_end, lunch_start, lunch_end,
       address_kk, address_ru, phone, email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (organisation_id) DO UPDATE SET code = EXCLUDED.code, level = EXCLUDED.level, instances = EXCLUDED.instances,
       forms = EXCLUDED.forms, workday_start = EXCLUDED.workday_start, workday_end = EXCLUDED.workday_end,
       lunch_start = EXCLUDED.lunch_start, lunch_end = EXCLUDED.lunch_end, address_kk = EXCLUDED.address_kk,
       address_ru = EXCLUDED.address_ru, phone = EXCLUDED.phone, email = EXCLUDED.email
     RETURNING (xmax = 0) AS inserted`,
    [court.organisationId, court.code, court.level, [...court.instances], [...court.forms], court.workdayStart, court.workdayEnd,
      court.lunchStart, court.lunchEnd, court.address.kk, court.address.ru, court.phone, court.email]);
  return result.rows[0]?.inserted === true;
}

/** A judge's place in a court (inserted, or its specialisations and activity brought up to date). */
export async function upsertCourtJudge(tx: Sql, judge: { userId: string; courtId: string; specialisations: readonly string[]; active: boolean })
  : Promise<void> {
  await tx.query(
    `INSERT INTO court_judges (user_id, court_id, specialisations, active) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, court_id) DO UPDATE SET specialisations = EXCLUDED.specialisations, active = EXCLUDED.active`,
    [judge.userId, judge.courtId, [...judge.specialisations], judge.active]);
}

export type CourtJudgeLoad = {
  userId: string; iin: string; fullName: string; specialisations: string[]; active: boolean;
  /** Cases where they are a current judge and that are not returned, transferred or closed. */
  openCases: number;
  /** Cases they were assigned to at or after `assignedSince`. */
  assignedRecently: number;
};

type JudgeRow = { user_id: string; iin: string; full_name: string; specialisations: string[]; active: boolean; open_cases: number; assigned_recently: number };

/**
 * The judges of a court with their load, for the distribution proposal
 * (FILE-12): `assignedSince` is the start of the window the caller counts
 * recent assignments in (e.g. 30 days before now — no clock in SQL).
 * Inactive judges are listed only with `includeInactive`.
 */
export async function listCourtJudgesWithLoad(sql: Sql, courtId: string, assignedSince: Date, options: { includeInactive?: boolean } = {})
  : Promise<CourtJudgeLoad[]> {
  const result = await sql.query<JudgeRow>(
    `SELECT j.user_id, u.iin, u.full_name, j.specialisations, j.active,
            (SELECT count(*) FROM case_judges cj JOIN court_cases k ON k.id = cj.case_id
              WHERE cj.user_id = j.user_id AND cj.released_at IS NULL AND k.court_id = j.court_id
                AND k.status NOT IN ('returned', 'transferred', 'closed'))::int AS open_cases,
            (SELECT count(*) FROM case_judges cj JOIN court_cases k ON k.id = cj.case_id
              WHERE cj.user_id = j.user_id AND k.court_id = j.court_id AND cj.assigned_at >= $2)::int AS assigned_recently
       FROM court_judges j JOIN users u ON u.id = j.user_id
      WHERE j.court_id = $1 AND ($3 OR j.active) AND NOT u.disabled
      ORDER BY u.full_name, j.user_id`,
    [courtId, assignedSince.toISOString(), options.includeInactive === true]);
  return result.rows.map((r) => ({
    userId: r.user_id, iin: r.iin, fullName: r.full_name, specialisations: r.specialisations, active: r.active,
    openCases: Number(r.open_cases), assignedRecently: Number(r.assigned_recently),
  }));
}

/** The courts a user sits in as a judge (active places only). */
export async function listCourtsOfJudge(sql: Sql, userId: string): Promise<string[]> {
  const result = await sql.query<{ court_id: string }>('SELECT court_id FROM court_judges WHERE user_id = $1 AND active ORDER BY court_id', [userId]);
  return result.rows.map((r) => r.court_id);
}
