import type { Adapters } from '@oryndau/adapters';
import { isAdapterError } from '@oryndau/adapters';
import type { ChannelSender, Database, DeadlineHandler, JournalActor } from '@oryndau/db';
import {
  findRequest, firstValidSignatureCms, markRequestAnswered, markRequestRefusedByAgency, markRequestSending, markRequestSent,
  recordRequestAttemptFailed, enqueueMessage, scheduleDeadline,
} from '@oryndau/db';
import type { RequestToSend } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { authorizeProceeding } from './authorize';
import { requireProceeding } from './store';

export const SIOPSO_CHANNEL = 'siopso';
export const SIOPSO_POLL = 'enforcement.siopso_poll';
/** First look for an answer after this long, then every POLL_EVERY_MS (bodies answer in seconds to days). */
const FIRST_POLL_MS = 5_000;
const POLL_EVERY_MS = 60_000;

/** Our idempotency key towards СИОПСО: a request sent again after the body's refusal is a new request there. */
const requestRefOf = (r: RequestToSend) => (r.sendRound <= 1 ? r.id : `${r.id}-${r.sendRound}`);

/**
 * ENF-7 «Отправить запрос»: a signed request is queued in the outbox; the
 * worker sends it (retrying while СИОПСО is down) and then polls for the
 * answer on a durable deadline, so a restart loses nothing.
 */
export async function sendSiopsoRequest(deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, requestId: string) {
  const now = deps.clock.now();
  const request = await findRequest(deps.db, requestId);
  if (!request) throw new DomainError(ErrorCode.notFound);
  authorizeProceeding(subject, await requireProceeding(deps.db, request.proceedingId), 'proceeding.act');
  await deps.db.transaction(async (tx) => {
    if (!(await markRequestSending(tx, requestId))) throw new DomainError(ErrorCode.actState, { status: request.status });
    await enqueueMessage(tx, { channel: SIOPSO_CHANNEL, maxAttempts: 100_000, recipient: request.requestType, body: request.registrationNumber,
      payload: { requestId } }, now);
    tx.journal({ at: now, actor, action: 'enforcement.request_sent', objectType: 'proceeding', objectId: request.proceedingId,
      details: { requestId, type: request.requestType } });
  });
}

/** Outbox sender: one request to СИОПСО, idempotent by our request id. */
export function siopsoSender(db: Database, adapters: Adapters, clock: Clock): ChannelSender {
  return async (message) => {
    const requestId = String(message.payload.requestId);
    const request = await findRequest(db, requestId);
    if (!request || request.status !== 'sending') return {};
    const cms = await firstValidSignatureCms(db, request.documentId);
    try {
      const state = await adapters.siopso.sendRequest({
        requestRef: requestRefOf(request), type: request.requestType, debtorIin: request.debtorIdentifier,
        proceedingNumber: request.registrationNumber, ...(cms ? { signature: Buffer.from(cms).toString('base64') } : {}),
      });
      const now = clock.now();
      await db.transaction(async (tx) => {
        await markRequestSent(tx, request.id, state.requestId, now);
        await scheduleDeadline(tx, { kind: SIOPSO_POLL, subjectType: 'siopso_request', subjectId: request.id,
          dueAt: new Date(now.getTime() + FIRST_POLL_MS) }, now);
      });
      return { externalId: state.requestId };
    } catch (error) {
      const rejected = isAdapterError(error) && error.code === 'rejected';
      await recordRequestAttemptFailed(db, request.id, isAdapterError(error) ? error.code : 'error', rejected ? 'failed' : 'sending');
      // A refused request will not pass unchanged: stop; anything else the outbox retries with backoff.
      if (rejected) return {};
      throw error;
    }
  };
}

/** Deadline handler: asks СИОПСО for the answer; reschedules itself until it comes. */
export function siopsoPollHandler(adapters: Adapters): DeadlineHandler {
  return async (tx, deadline, now) => {
    const request = await findRequest(tx, deadline.subjectId);
    if (!request || request.status !== 'sent' || !request.externalRequestId) return;
    const state = await adapters.siopso.getRequest(request.externalRequestId);
    if (state.status === 'answered' && state.answer) {
      await markRequestAnswered(tx, request.id, now, state.answer);
      tx.journal({ at: now, actor: { userId: null, iin: null, role: 'system', requestId: null },
        action: 'enforcement.request_answered', objectType: 'proceeding', objectId: request.proceedingId,
        details: { requestId: request.id, found: state.answer.found } });
      return;
    }
    if (state.status === 'failed') {
      await markRequestRefusedByAgency(tx, request.id, state.error ?? { kk: 'Ведомство сұрауды орындамады', ru: 'Ведомство не исполнило запрос' });
      tx.journal({ at: now, actor: { userId: null, iin: null, role: 'system', requestId: null },
        action: 'enforcement.request_failed', objectType: 'proceeding', objectId: request.proceedingId, details: { requestId: request.id } });
      return;
    }
    await scheduleDeadline(tx, { kind: SIOPSO_POLL, subjectType: 'siopso_request', subjectId: request.id,
      dueAt: new Date(now.getTime() + POLL_EVERY_MS) }, now);
  };
}
