import type { Sql } from '../database';
import type { JsonValue } from '../enforcement/json';
import type { ApplicantKind, CaseEventKind, CaseForm, CaseJudgeRole, CaseStatus, Instance, ParticipantCategory } from './codes';
import { instantOrNull, isUuid } from './codes';
import { recordEnpCaseChange } from '../enp/notifications-repository';
import { recordEnpPageChange } from '../enp/page-versions-repository';

// court_cases and what belongs to a case: its judges, participants, the
// course of the case (events) and documents (issue 14 item 1). Status
// changes follow CASE_TRANSITIONS and are conditional updates on version.
// Lock order: court_counters → filings → court_cases → …

export type CourtCaseRecord = {
  id: string; courtId: string; number: string; year: number; form: CaseForm; instance: Instance; category: string; status: CaseStatus;
  version: number; registeredOn: string; registeredAt: Date; previousCaseId: string | null; previousProceedings: string | null;
  filingId: string | null; changedAt: Date; createdAt: Date;
};

type CaseRow = {
  id: string; court_id: string; number: string; year: number; form: CaseForm; instance: Instance; category: string; status: CaseStatus;
  version: number; registered_on: string; registered_at: Date | string; previous_case_id: string | null; previous_proceedings: string | null;
  filing_id: string | null; changed_at: Date | string; created_at: Date | string;
};

const COLUMNS = `k.id, k.court_id, k.number, k.year, k.form, k.instance, k.category, k.status, k.version, k.registered_on::text AS registered_on,
  k.registered_at, k.previous_case_id, k.previous_proceedings, k.filing_id, k.changed_at, k.created_at`;

const caseOf = (r: CaseRow): CourtCaseRecord => ({
  id: r.id, courtId: r.court_id, number: r.number, year: Number(r.year), form: r.form, instance: r.instance, category: r.category,
  status: r.status, version: Number(r.version), registeredOn: r.registered_on, registeredAt: new Date(r.registered_at),
  previousCaseId: r.previous_case_id, previousProceedings: r.previous_proceedings, filingId: r.filing_id, changedAt: new Date(r.changed_at),
  createdAt: new Date(r.created_at),
});

export type NewCourtCase = {
  id: string; courtId: string; number: string; year: number; form: CaseForm; instance: Instance; category: string;
  registeredOn: string; registeredAt: Date; previousCaseId: string | null; previousProceedings: string | null; filingId: string | null;
};

/** A new case, `registered` at version 1; a number already used in the court fails with a unique violation. */
export async function insertCourtCase(tx: Sql, c: NewCourtCase): Promise<void> {
  await tx.query(
    `INSERT INTO court_cases (id, court_id, number, year, form, instance, category, status, version, registered_on, registered_at,
       previous_case_id, previous_proceedings, filing_id, changed_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'registered', 1, $8, $9, $10, $11, $12, $9, $9)`,
    [c.id, c.courtId, c.number, c.year, c.form, c.instance, c.category, c.registeredOn, c.registeredAt.toISOString(), c.previousCaseId,
      c.previousProceedings, c.filingId]);
}

/** One case; `lock` takes its row lock. Null for a missing or malformed id. */
export async function findCourtCase(sql: Sql, id: string, options: { lock?: boolean } = {}): Promise<CourtCaseRecord | null> {
  if (!isUuid(id)) return null;
  const result = await sql.query<CaseRow>(`SELECT ${COLUMNS} FROM court_cases k WHERE k.id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  return result.rows[0] ? caseOf(result.rows[0]) : null;
}

/** A case by its court and number (registering into an existing case). */
export async function findCourtCaseByNumber(sql: Sql, courtId: string, number: string): Promise<CourtCaseRecord | null> {
  const result = await sql.query<CaseRow>(`SELECT ${COLUMNS} FROM court_cases k WHERE k.court_id = $1 AND k.number = $2`, [courtId, number]);
  return result.rows[0] ? caseOf(result.rows[0]) : null;
}

/**
 * Moves a case to `status` at `expectedVersion` (the domain decided the
 * transition). False when the case has moved on since — a lost race the
 * caller reports (409).
 */
export async function saveCourtCaseStatus(tx: Sql, id: string, expectedVersion: number, status: CaseStatus, changedAt: Date): Promise<boolean> {
  const result = await tx.query(
    `UPDATE court_cases SET status = $3, version = version + 1, changed_at = greatest(changed_at, $4) WHERE id = $1 AND version = $2`,
    [id, expectedVersion, status, changedAt.toISOString()]);
  // ENP-4: the ЭНП page shows the status — its cached copies are stale from this commit on.
  if (result.rowCount === 1) await recordEnpPageChange(tx, id);
  return result.rowCount === 1;
}

// case_judges

export type CaseJudgeRecord = {
  id: string; caseId: string; userId: string; fullName: string; iin: string; role: CaseJudgeRole; assignedAt: Date;
  reason: { kk: string; ru: string }; releasedAt: Date | null;
};

export async function addCaseJudge(tx: Sql, judge: {
  id: string; caseId: string; userId: string; role: CaseJudgeRole; assignedAt: Date; reason: { kk: string; ru: string };
}): Promise<void> {
  await tx.query(
    `INSERT INTO case_judges (id, case_id, user_id, role, assigned_at, reason_kk, reason_ru) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [judge.id, judge.caseId, judge.userId, judge.role, judge.assignedAt.toISOString(), judge.reason.kk, judge.reason.ru]);
}

/** Releases the case's current judges (a reassignment keeps them in the history); returns how many. */
export async function releaseCaseJudges(tx: Sql, caseId: string, at: Date): Promise<number> {
  const result = await tx.query('UPDATE case_judges SET released_at = $2 WHERE case_id = $1 AND released_at IS NULL', [caseId, at.toISOString()]);
  return result.rowCount;
}

/** The judges of a case, current and released, in order of assignment. */
export async function listCaseJudges(sql: Sql, caseId: string): Promise<CaseJudgeRecord[]> {
  const result = await sql.query<{
    id: string; case_id: string; user_id: string; full_name: string; iin: string; role: CaseJudgeRole; assigned_at: Date | string;
    reason_kk: string; reason_ru: string; released_at: Date | string | null;
  }>(
    `SELECT j.id, j.case_id, j.user_id, u.full_name, u.iin, j.role, j.assigned_at, j.reason_kk, j.reason_ru, j.released_at
       FROM case_judges j JOIN users u ON u.id = j.user_id WHERE j.case_id = $1 ORDER BY j.assigned_at, j.id`, [caseId]);
  return result.rows.map((r) => ({
    id: r.id, caseId: r.case_id, userId: r.user_id, fullName: r.full_name, iin: r.iin, role: r.role, assignedAt: new Date(r.assigned_at),
    reason: { kk: r.reason_kk, ru: r.reason_ru }, releasedAt: instantOrNull(r.released_at),
  }));
}

// case_participants

export type CaseParticipantRecord = {
  id: string; caseId: string; category: ParticipantCategory; kind: ApplicantKind; iinBin: string | null; name: string; email: string | null;
  addedAt: Date;
};

export async function addCaseParticipant(tx: Sql, p: Omit<CaseParticipantRecord, 'addedAt'>, addedAt: Date): Promise<void> {
  await tx.query(
    `INSERT INTO case_participants (id, case_id, category, kind, iin_bin, name, email, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [p.id, p.caseId, p.category, p.kind, p.iinBin, p.name, p.email, addedAt.toISOString()]);
  await recordEnpPageChange(tx, p.caseId); // ENP-4: the ЭНП page lists the participants
}

export async function listCaseParticipants(sql: Sql, caseId: string): Promise<CaseParticipantRecord[]> {
  const result = await sql.query<{
    id: string; case_id: string; category: ParticipantCategory; kind: ApplicantKind; iin_bin: string | null; name: string; email: string | null;
    added_at: Date | string;
  }>('SELECT id, case_id, category, kind, iin_bin, name, email, added_at FROM case_participants WHERE case_id = $1 ORDER BY added_at, id', [caseId]);
  return result.rows.map((r) => ({
    id: r.id, caseId: r.case_id, category: r.category, kind: r.kind, iinBin: r.iin_bin, name: r.name, email: r.email, addedAt: new Date(r.added_at),
  }));
}

// case_events: the course of the case

export type CaseEventRecord = {
  id: string; caseId: string; kind: CaseEventKind; occurredAt: Date; localDate: string; details: JsonValue; actorUserId: string | null;
};

export async function addCaseEvent(tx: Sql, e: CaseEventRecord): Promise<void> {
  await tx.query(
    `INSERT INTO case_events (id, case_id, kind, occurred_at, local_date, details, actor_user_id) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
    [e.id, e.caseId, e.kind, e.occurredAt.toISOString(), e.localDate, JSON.stringify(e.details), e.actorUserId]);
  // ENP-8: the course moved — the ЭНП participants are told, if this commits.
  await recordEnpCaseChange(tx, { caseId: e.caseId, kind: 'course', subject: e.kind, occurredAt: e.occurredAt });
  await recordEnpPageChange(tx, e.caseId); // ENP-4: and the ЭНП page shows the course
}

/** The course of the case in date order. */
export async function listCaseEvents(sql: Sql, caseId: string): Promise<CaseEventRecord[]> {
  const result = await sql.query<{
    id: string; case_id: string; kind: CaseEventKind; occurred_at: Date | string; local_date: string; details: JsonValue; actor_user_id: string | null;
  }>(
    `SELECT id, case_id, kind, occurred_at, local_date::text AS local_date, details, actor_user_id
       FROM case_events WHERE case_id = $1 ORDER BY occurred_at, id`, [caseId]);
  return result.rows.map((r) => ({
    id: r.id, caseId: r.case_id, kind: r.kind, occurredAt: new Date(r.occurred_at), localDate: r.local_date, details: r.details,
    actorUserId: r.actor_user_id,
  }));
}

// case_documents

export type CourtCaseDocumentRecord = {
  id: string; caseId: string; filingId: string | null; title: string; fileId: string; kind: string;
  /** Its place in the filing's appendix (documents added together keep that order); null for others. */
  position: number | null; addedAt: Date;
};

export async function addCourtCaseDocument(tx: Sql, d: CourtCaseDocumentRecord): Promise<void> {
  await tx.query(
    'INSERT INTO case_documents (id, case_id, filing_id, title, file_id, kind, position, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [d.id, d.caseId, d.filingId, d.title, d.fileId, d.kind, d.position, d.addedAt.toISOString()]);
  // ENP-8: a new document (`doc:<id>` as the portal names it) — told to those who may see it, if this commits.
  await recordEnpCaseChange(tx, { caseId: d.caseId, kind: 'document', subject: `doc:${d.id}`, occurredAt: d.addedAt });
  await recordEnpPageChange(tx, d.caseId); // ENP-4: and the ЭНП page lists it
}

export async function listCourtCaseDocuments(sql: Sql, caseId: string): Promise<CourtCaseDocumentRecord[]> {
  const result = await sql.query<{
    id: string; case_id: string; filing_id: string | null; title: string; file_id: string; kind: string; position: number | null;
    added_at: Date | string;
  }>(`SELECT id, case_id, filing_id, title, file_id, kind, position, added_at FROM case_documents WHERE case_id = $1
       ORDER BY added_at, position NULLS LAST, id`, [caseId]);
  return result.rows.map((r) => ({
    id: r.id, caseId: r.case_id, filingId: r.filing_id, title: r.title, fileId: r.file_id, kind: r.kind,
    position: r.position === null ? null : Number(r.position), addedAt: new Date(r.added_at),
  }));
}

export type CourtCaseDetails = {
  courtCase: CourtCaseRecord; court: { kk: string; ru: string }; judges: CaseJudgeRecord[]; participants: CaseParticipantRecord[];
  events: CaseEventRecord[]; documents: CourtCaseDocumentRecord[];
};

/** A case with its court's name, judges, participants, course (date order) and documents. */
export async function getCourtCaseDetails(sql: Sql, id: string): Promise<CourtCaseDetails | null> {
  if (!isUuid(id)) return null;
  const result = await sql.query<CaseRow & { name_kk: string; name_ru: string }>(
    `SELECT ${COLUMNS}, o.name_kk, o.name_ru FROM court_cases k JOIN organisations o ON o.id = k.court_id WHERE k.id = $1`, [id]);
  const row = result.rows[0];
  if (!row) return null;
  return {
    courtCase: caseOf(row), court: { kk: row.name_kk, ru: row.name_ru },
    judges: await listCaseJudges(sql, id), participants: await listCaseParticipants(sql, id),
    events: await listCaseEvents(sql, id), documents: await listCourtCaseDocuments(sql, id),
  };
}

export type ParticipantCaseItem = {
  id: string; courtId: string; court: { kk: string; ru: string }; number: string; form: CaseForm; instance: Instance; category: string;
  status: CaseStatus; registeredOn: string;
  /** The categories this IIN/BIN takes part in the case as. */
  categories: ParticipantCategory[];
};

/** The cases an IIN/BIN takes part in, newest registration first. */
export async function listCasesOfParticipant(sql: Sql, iinBin: string, options: { limit?: number } = {}): Promise<ParticipantCaseItem[]> {
  const result = await sql.query<{
    id: string; court_id: string; name_kk: string; name_ru: string; number: string; form: CaseForm; instance: Instance; category: string;
    status: CaseStatus; registered_on: string; categories: ParticipantCategory[];
  }>(
    `SELECT k.id, k.court_id, o.name_kk, o.name_ru, k.number, k.form, k.instance, k.category, k.status, k.registered_on::text AS registered_on,
            array_agg(DISTINCT p.category ORDER BY p.category) AS categories
       FROM case_participants p JOIN court_cases k ON k.id = p.case_id JOIN organisations o ON o.id = k.court_id
      WHERE p.iin_bin = $1
      GROUP BY k.id, o.name_kk, o.name_ru
      ORDER BY k.registered_at DESC, k.id DESC LIMIT $2`,
    [iinBin, options.limit ?? 200]);
  return result.rows.map((r) => ({
    id: r.id, courtId: r.court_id, court: { kk: r.name_kk, ru: r.name_ru }, number: r.number, form: r.form, instance: r.instance,
    category: r.category, status: r.status, registeredOn: r.registered_on, categories: r.categories,
  }));
}
