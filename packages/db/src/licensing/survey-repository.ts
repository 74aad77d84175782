import type { Sql } from '../database';

// LIC-6 (appendix 3): survey answers and the licensor's dashboard figures.

/** Stores the answers; false when the application has them already. */
export async function insertSurveyAnswer(tx: Sql, a: { applicationId: string; process: number; information: number; at: Date }): Promise<boolean> {
  const result = await tx.query(
    `INSERT INTO licensing_survey_answers (application_id, process, information, answered_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (application_id) DO NOTHING`, [a.applicationId, a.process, a.information, a.at.toISOString()]);
  return result.rowCount === 1;
}

export async function hasSurveyAnswer(sql: Sql, applicationId: string): Promise<boolean> {
  const result = await sql.query('SELECT 1 FROM licensing_survey_answers WHERE application_id = $1', [applicationId]);
  return result.rows.length > 0;
}

export type SurveyFigures = {
  process: { 1: number; 2: number; 3: number }; information: { 1: number; 2: number; 3: number };
  decided: { deadline: string; decidedOn: string }[];
  byStatus: Record<string, number>;
};

/** Counts per score, the decided applications with their deadline and decision day (in `zone`), and counts per status. */
export async function surveyFigures(sql: Sql, zone: string): Promise<SurveyFigures> {
  const scores = await sql.query<{ question: 'process' | 'information'; score: number; n: string | number }>(
    `SELECT 'process' AS question, process AS score, count(*) AS n FROM licensing_survey_answers GROUP BY process
     UNION ALL SELECT 'information', information, count(*) FROM licensing_survey_answers GROUP BY information`);
  const figures: SurveyFigures = { process: { 1: 0, 2: 0, 3: 0 }, information: { 1: 0, 2: 0, 3: 0 }, decided: [], byStatus: {} };
  for (const r of scores.rows) figures[r.question][Number(r.score) as 1 | 2 | 3] = Number(r.n);
  const decided = await sql.query<{ deadline: string; decided_on: string }>(
    `SELECT deadline::text AS deadline, (decided_at AT TIME ZONE $1)::date::text AS decided_on FROM licensing_applications
      WHERE status IN ('issued', 'refused') AND deadline IS NOT NULL AND decided_at IS NOT NULL`, [zone]);
  figures.decided = decided.rows.map((r) => ({ deadline: r.deadline, decidedOn: r.decided_on }));
  const statuses = await sql.query<{ status: string; n: string | number }>('SELECT status, count(*) AS n FROM licensing_applications GROUP BY status');
  for (const r of statuses.rows) figures.byStatus[r.status] = Number(r.n);
  return figures;
}
