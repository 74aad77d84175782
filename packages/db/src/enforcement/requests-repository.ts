import type { Sql } from '../database';
import { dateOrNull } from './json';
import type { JsonValue } from './json';

// siopso_requests: ENF-7 requests to state bodies through СИОПСО. Every
// state change that a concurrent worker or person could race is conditional
// and reports whether it happened.

export type RequestStatus = 'draft' | 'signed' | 'sending' | 'sent' | 'answered' | 'failed';

export async function insertRequest(
  tx: Sql, r: { id: string; proceedingId: string; actId: string; requestType: string; debtorIdentifier: string; createdAt: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO siopso_requests (id, proceeding_id, act_id, request_type, debtor_identifier, status, created_at)
     VALUES ($1, $2, $3, $4, $5, 'draft', $6)`,
    [r.id, r.proceedingId, r.actId, r.requestType, r.debtorIdentifier, r.createdAt.toISOString()]);
}

/** The act's signature signs its draft request(s); returns what was signed. */
export async function signDraftRequests(tx: Sql, actId: string): Promise<Array<{ id: string; requestType: string }>> {
  const signed = await tx.query<{ id: string; request_type: string }>(
    `UPDATE siopso_requests SET status = 'signed' WHERE act_id = $1 AND status = 'draft' RETURNING id, request_type`, [actId]);
  return signed.rows.map((r) => ({ id: r.id, requestType: r.request_type }));
}

type RequestRow = {
  id: string; proceeding_id: string; act_id: string; request_type: string; debtor_identifier: string; status: RequestStatus;
  external_request_id: string | null; document_id: string; registration_number: string; send_round: number;
};
/** A request with what sending it needs: its act's document and the proceeding's number. */
export type RequestToSend = {
  id: string; proceedingId: string; actId: string; requestType: string; debtorIdentifier: string; status: RequestStatus;
  externalRequestId: string | null; documentId: string; registrationNumber: string; sendRound: number;
};

/** ISSUE-13 item 8: a discarded request draft's request was never signed nor sent: it goes with the draft. */
export async function deleteDraftRequests(tx: Sql, actId: string): Promise<number> {
  const deleted = await tx.query(`DELETE FROM siopso_requests WHERE act_id = $1 AND status = 'draft'`, [actId]);
  return deleted.rowCount;
}

export async function findRequest(sql: Sql, id: string): Promise<RequestToSend | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const result = await sql.query<RequestRow>(
    `SELECT r.id, r.proceeding_id, r.act_id, r.request_type, r.debtor_identifier, r.status, r.external_request_id, r.send_round,
            a.document_id, p.registration_number
       FROM siopso_requests r JOIN proceeding_acts a ON a.id = r.act_id JOIN proceedings p ON p.id = r.proceeding_id WHERE r.id = $1`, [id]);
  const r = result.rows[0];
  return r ? { id: r.id, proceedingId: r.proceeding_id, actId: r.act_id, requestType: r.request_type, debtorIdentifier: r.debtor_identifier,
    status: r.status, externalRequestId: r.external_request_id, documentId: r.document_id, registrationNumber: r.registration_number,
    sendRound: Number(r.send_round) } : null;
}

/** «Отправить запрос»: a signed (or refused) request starts a new sending round. False when it is in neither state. */
export async function markRequestSending(tx: Sql, id: string): Promise<boolean> {
  const moved = await tx.query(
    `UPDATE siopso_requests SET status = 'sending', last_error = NULL, agency_error = NULL, send_round = send_round + 1
      WHERE id = $1 AND status IN ('signed', 'failed')`, [id]);
  return moved.rowCount === 1;
}

export async function markRequestSent(tx: Sql, id: string, externalRequestId: string, at: Date): Promise<void> {
  await tx.query(
    `UPDATE siopso_requests SET status = 'sent', external_request_id = $2, sent_at = $3, attempts = attempts + 1, last_error = NULL
      WHERE id = $1`, [id, externalRequestId, at.toISOString()]);
}

/** One failed delivery attempt; `status` stays 'sending' for a retry or becomes 'failed' when the body refused it. */
export async function recordRequestAttemptFailed(sql: Sql, id: string, error: string, status: 'sending' | 'failed'): Promise<void> {
  await sql.query(`UPDATE siopso_requests SET attempts = attempts + 1, last_error = $2, status = $3 WHERE id = $1`, [id, error, status]);
}

export async function markRequestAnswered(tx: Sql, id: string, at: Date, answer: unknown): Promise<void> {
  await tx.query(`UPDATE siopso_requests SET status = 'answered', answered_at = $2, answer = $3::jsonb WHERE id = $1`,
    [id, at.toISOString(), JSON.stringify(answer)]);
}

export async function markRequestRefusedByAgency(tx: Sql, id: string, agencyError: { kk: string; ru: string }): Promise<void> {
  await tx.query(`UPDATE siopso_requests SET status = 'failed', last_error = 'agency_error', agency_error = $2::jsonb WHERE id = $1`,
    [id, JSON.stringify(agencyError)]);
}

/** The CMS of the first valid signature over a document (sent along with the request). */
export async function firstValidSignatureCms(sql: Sql, documentId: string): Promise<Uint8Array | null> {
  const signature = await sql.query<{ cms: Uint8Array }>(
    'SELECT cms FROM signatures WHERE document_id = $1 AND valid ORDER BY checked_at LIMIT 1', [documentId]);
  return signature.rows[0]?.cms ?? null;
}

type RequestCardRow = {
  id: string; act_id: string; request_type: string; status: RequestStatus; created_at: Date; sent_at: Date | null; answered_at: Date | null;
  attempts: number; last_error: string | null; answer: JsonValue | null; agency_error: JsonValue | null;
};
export type RequestRecord = {
  id: string; actId: string; requestType: string; status: RequestStatus; createdAt: Date; sentAt: Date | null; answeredAt: Date | null;
  attempts: number; lastError: string | null; answer: JsonValue | null; agencyError: JsonValue | null;
};

export async function listRequests(sql: Sql, proceedingId: string): Promise<RequestRecord[]> {
  const result = await sql.query<RequestCardRow>(
    `SELECT id, act_id, request_type, status, created_at, sent_at, answered_at, attempts, last_error, answer, agency_error
       FROM siopso_requests WHERE proceeding_id = $1 ORDER BY created_at`, [proceedingId]);
  return result.rows.map((r) => ({ id: r.id, actId: r.act_id, requestType: r.request_type, status: r.status, createdAt: new Date(r.created_at),
    sentAt: dateOrNull(r.sent_at), answeredAt: dateOrNull(r.answered_at), attempts: Number(r.attempts), lastError: r.last_error,
    answer: r.answer, agencyError: r.agency_error }));
}
