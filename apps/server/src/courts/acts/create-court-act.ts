import { randomUUID } from 'node:crypto';
import type { CreateCourtActBody } from '@oryndau/contracts';
import type { Database, JournalActor } from '@oryndau/db';
import { findCourt, findCourtAct, findCourtCase, insertCourtAct, listCaseJudges } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { createDocument } from '../../signing/documents';
import { actBytes, actTitle } from './act-document';

export type ActDeps = { db: Database; clock: Clock; maxBytes: number; publicOrigin: string };

/**
 * FILE-14 (§42–44): a judge of the case draws up an act — from the kk/ru
 * template or as an uploaded PDF — stored as a `court.case_act` document
 * and a `draft` act. A correction (§46) names a signed act of the same case.
 */
export async function createCourtAct(deps: ActDeps, subject: Subject, actor: JournalActor, caseId: string, body: CreateCourtActBody)
  : Promise<{ id: string }> {
  const courtCase = await findCourtCase(deps.db, caseId);
  const court = courtCase ? await findCourt(deps.db, courtCase.courtId) : null;
  if (!courtCase || !court || !can(subject, 'courts.case.read', { courtId: courtCase.courtId })) throw new DomainError(ErrorCode.notFound);
  const judges = (await listCaseJudges(deps.db, caseId)).filter((j) => j.releasedAt === null);
  if (!can(subject, 'courts.act.draft', { courtId: courtCase.courtId, caseJudgeIds: judges.map((j) => j.userId) })) {
    throw new DomainError(ErrorCode.forbidden);
  }
  const corrects = body.correctsActId ? await findCourtAct(deps.db, body.correctsActId) : null;
  if (body.correctsActId && (!corrects || corrects.caseId !== caseId || corrects.status !== 'signed')) {
    throw new DomainError(ErrorCode.courtActCorrectsInvalid);
  }
  const now = deps.clock.now();
  const content = await actBytes({ kind: body.kind, content: body, courtCase, court, judges, corrects, now, maxBytes: deps.maxBytes });
  const id = randomUUID();
  const title = actTitle(body.kind, courtCase.number);
  return deps.db.transaction(async (tx) => {
    const document = await createDocument(tx, { kind: 'court.case_act', title, mediaType: 'application/pdf', content: content.bytes, createdBy: subject.id }, now);
    await insertCourtAct(tx, { id, caseId, kind: body.kind, language: body.language, title, source: content.source, fields: content.fields,
      documentId: document.id, immediateExecution: body.immediateExecution, correctsActId: corrects?.id ?? null, createdBy: subject.id }, now);
    tx.journal({ at: now, actor, action: 'courts.act_drafted', objectType: 'court_act', objectId: id,
      details: { caseId, caseNumber: courtCase.number, kind: body.kind, source: content.source, documentId: document.id, sha256: document.contentHash,
        correctsActId: corrects?.id ?? null, immediateExecution: body.immediateExecution } });
    return { id };
  });
}
