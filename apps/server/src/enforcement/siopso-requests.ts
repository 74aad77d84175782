import type { Adapters } from '@oryndau/adapters';
import { isAdapterError } from '@oryndau/adapters';
import type { ChannelSender, Database, DeadlineHandler, JournalActor, Sql } from '@oryndau/db';
import { enqueueMessage, scheduleDeadline } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { authorizeProceeding } from './authorize';
import { requireProceedingRow } from './store';

export const SIOPSO_CHANNEL = 'siopso';
export const SIOPSO_POLL = 'enforcement.siopso_poll';
/** First look for an answer after this long, then every POLL_EVERY_MS (bodies answer in seconds to days). */
const FIRST_POLL_MS = 5_000;
const POLL_EVERY_MS = 60_000;

type RequestRow = {
  id: string; proceeding_id: string; act_id: string; request_type: string; debtor_identifier: string; status: string;
  external_request_id: string | null; document_id: string; registration_number: string; send_round: number;
};

/** Our idempotency key towards СИОПСО: a request sent again after the body's refusal is a new request there. */
const requestRefOf = (r: RequestRow) => (Number(r.send_round) <= 1 ? r.id : `${r.id}-${r.send_round}`);

async function loadRequest(sql: Sql, id: string): Promise<RequestRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const result = await sql.query<RequestRow>(
    `SELECT r.*, a.document_id, p.registration_number FROM siopso_requests r
       JOIN proceeding_acts a ON a.id = r.act_id JOIN proceedings p ON p.id = r.proceeding_id WHERE r.id = $1`, [id]);
  return result.rows[0] ?? null;
}

/**
 * ENF-7 «Отправить запрос»: a signed request is queued in the outbox; the
 * worker sends it (retrying while СИОПСО is down) and then polls for the
 * answer on a durable deadline, so a restart loses nothing.
 */
export async function sendSiopsoRequest(deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, requestId: string) {
  const now = deps.clock.now();
  const request = await loadRequest(deps.db, requestId);
  if (!request) throw new DomainError(ErrorCode.notFound);
  authorizeProceeding(subject, await requireProceedingRow(deps.db, request.proceeding_id), 'proceeding.act');
  await deps.db.transaction(async (tx) => {
    const moved = await tx.query(
      `UPDATE siopso_requests SET status = 'sending', last_error = NULL, agency_error = NULL, send_round = send_round + 1
        WHERE id = $1 AND status IN ('signed', 'failed')`, [requestId]);
    if (moved.rowCount !== 1) throw new DomainError(ErrorCode.actState, { status: request.status });
    await enqueueMessage(tx, { channel: SIOPSO_CHANNEL, maxAttempts: 100_000, recipient: request.request_type, body: request.registration_number,
      payload: { requestId } }, now);
    tx.journal({ at: now, actor, action: 'enforcement.request_sent', objectType: 'proceeding', objectId: request.proceeding_id,
      details: { requestId, type: request.request_type } });
  });
}

/** Outbox sender: one request to СИОПСО, idempotent by our request id. */
export function siopsoSender(db: Database, adapters: Adapters, clock: Clock): ChannelSender {
  return async (message) => {
    const requestId = String(message.payload.requestId);
    const request = await loadRequest(db, requestId);
    if (!request || request.status !== 'sending') return {};
    const signature = await db.query<{ cms: Uint8Array }>(
      'SELECT cms FROM signatures WHERE document_id = $1 AND valid ORDER BY checked_at LIMIT 1', [request.document_id]);
    const cms = signature.rows[0]?.cms;
    try {
      const state = await adapters.siopso.sendRequest({
        requestRef: requestRefOf(request), type: request.request_type, debtorIin: request.debtor_identifier,
        proceedingNumber: request.registration_number, ...(cms ? { signature: Buffer.from(cms).toString('base64') } : {}),
      });
      const now = clock.now();
      await db.transaction(async (tx) => {
        await tx.query(
          `UPDATE siopso_requests SET status = 'sent', external_request_id = $2, sent_at = $3, attempts = attempts + 1, last_error = NULL
            WHERE id = $1`, [request.id, state.requestId, now.toISOString()]);
        await scheduleDeadline(tx, { kind: SIOPSO_POLL, subjectType: 'siopso_request', subjectId: request.id,
          dueAt: new Date(now.getTime() + FIRST_POLL_MS) }, now);
      });
      return { externalId: state.requestId };
    } catch (error) {
      const rejected = isAdapterError(error) && error.code === 'rejected';
      await db.query(`UPDATE siopso_requests SET attempts = attempts + 1, last_error = $2, status = $3 WHERE id = $1`,
        [request.id, isAdapterError(error) ? error.code : 'error', rejected ? 'failed' : 'sending']);
      // A refused request will not pass unchanged: stop; anything else the outbox retries with backoff.
      if (rejected) return {};
      throw error;
    }
  };
}

/** Deadline handler: asks СИОПСО for the answer; reschedules itself until it comes. */
export function siopsoPollHandler(adapters: Adapters): DeadlineHandler {
  return async (tx, deadline, now) => {
    const request = await loadRequest(tx, deadline.subjectId);
    if (!request || request.status !== 'sent' || !request.external_request_id) return;
    const state = await adapters.siopso.getRequest(request.external_request_id);
    if (state.status === 'answered' && state.answer) {
      await tx.query(`UPDATE siopso_requests SET status = 'answered', answered_at = $2, answer = $3::jsonb WHERE id = $1`,
        [request.id, now.toISOString(), JSON.stringify(state.answer)]);
      tx.journal({ at: now, actor: { userId: null, iin: null, role: 'system', requestId: null },
        action: 'enforcement.request_answered', objectType: 'proceeding', objectId: request.proceeding_id,
        details: { requestId: request.id, found: state.answer.found } });
      return;
    }
    if (state.status === 'failed') {
      await tx.query(`UPDATE siopso_requests SET status = 'failed', last_error = 'agency_error', agency_error = $2::jsonb WHERE id = $1`,
        [request.id, JSON.stringify(state.error ?? { kk: 'Ведомство сұрауды орындамады', ru: 'Ведомство не исполнило запрос' })]);
      tx.journal({ at: now, actor: { userId: null, iin: null, role: 'system', requestId: null },
        action: 'enforcement.request_failed', objectType: 'proceeding', objectId: request.proceeding_id, details: { requestId: request.id } });
      return;
    }
    await scheduleDeadline(tx, { kind: SIOPSO_POLL, subjectType: 'siopso_request', subjectId: request.id,
      dueAt: new Date(now.getTime() + POLL_EVERY_MS) }, now);
  };
}
