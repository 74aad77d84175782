import type { CourtActView, CourtActsResponse } from '@oryndau/contracts';
import type { Database } from '@oryndau/db';
import { findCourtCase, findFiling, findUserContact, listCourtActsOfCase } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { loadDocument } from '../../signing/documents';
import { readableFiling } from '../filing-access';
import { actResource, benchOf, loadActContext } from './act-context';
import type { ActContext } from './act-context';
import { legalForceOfAct } from './appeal-check';

// FILE-14, FILE-15: acts as their readers see them — the court's staff all
// acts of the case (with the template text for the judges' editing and what
// each may do now), the participants only published ones (§47).

async function viewOf(db: Database, subject: Subject, ctx: ActContext): Promise<CourtActView> {
  const { act } = ctx;
  const staff = can(subject, 'courts.case.read', { courtId: ctx.courtCase.courtId });
  const bench = benchOf(ctx);
  const legalForce = await legalForceOfAct(db, ctx);
  const document = await loadDocument(db, act.documentId);
  const marker = act.legalForceSignedBy ? await findUserContact(db, act.legalForceSignedBy) : null;
  const blockedNumber = act.inForceBlockedByFilingId ? (await findFiling(db, act.inForceBlockedByFilingId))?.number ?? null : null;
  const signedBy = new Map(ctx.signers.map((s) => [s.userId, s.signedAt]));
  const markable = act.status === 'signed' && act.inForceAt === null && act.inForceBlockedByFilingId === null && act.legalForceDate !== null;
  const fields = staff && act.source === 'template' ? act.fields as courts.CourtActFields : null;
  return {
    id: act.id, caseId: act.caseId, kind: act.kind, kindName: courts.COURT_ACT_KIND_TEXTS[act.kind], title: act.title, language: act.language,
    source: act.source, status: act.status, statusName: courts.COURT_ACT_STATUS_TEXTS[act.status], version: act.version,
    immediateExecution: act.immediateExecution, correctsActId: act.correctsActId, fields,
    documentId: act.documentId, sha256: document?.contentHash ?? '',
    createdAt: act.createdAt.toISOString(), signedAt: act.signedAt?.toISOString() ?? null, publishedAt: act.publishedAt?.toISOString() ?? null,
    judges: ctx.currentJudges.map((j) => ({ userId: j.userId, fullName: j.fullName, signedAt: signedBy.get(j.userId)?.toISOString() ?? null })),
    legalForce: {
      date: act.legalForceDate, appealDeadline: legalForce?.appealDeadline ?? null, source: legalForce?.rule.source ?? null,
      sourceMark: legalForce?.rule.mark ?? null, inForceAt: act.inForceAt?.toISOString() ?? null,
      blockedBy: act.inForceBlockedByFilingId ? { filingId: act.inForceBlockedByFilingId, number: blockedNumber } : null,
      markedBy: marker?.fullName ?? null, absenceReason: act.legalForceAbsenceReason,
      markDocumentId: act.inForceAt !== null ? act.legalForceDocumentId : null,
    },
    downloadUrl: `/api/court-acts/${act.id}/pdf`,
    can: {
      edit: act.status === 'draft' && can(subject, 'courts.act.draft', bench),
      sign: act.status !== 'signed' && !signedBy.has(subject.id) && can(subject, 'courts.act.sign', bench),
      markAsJudge: markable && can(subject, 'courts.act.markLegalForce', { ...bench, asChairman: false }),
      markAsChairman: markable && !can(subject, 'courts.act.markLegalForce', { ...bench, asChairman: false })
        && can(subject, 'courts.act.markLegalForce', { ...bench, asChairman: true }),
    },
  };
}

async function viewsOfCase(db: Database, subject: Subject, caseId: string): Promise<CourtActView[]> {
  const views: CourtActView[] = [];
  for (const act of await listCourtActsOfCase(db, caseId)) {
    const ctx = await loadActContext(db, act.id);
    if (ctx && can(subject, 'courts.act.read', actResource(ctx))) views.push(await viewOf(db, subject, ctx));
  }
  return views;
}

/** GET /api/court-cases/:id/acts — the court's staff. */
export async function courtActsOfCase(db: Database, subject: Subject, caseId: string): Promise<CourtActsResponse> {
  const courtCase = await findCourtCase(db, caseId);
  if (!courtCase || !can(subject, 'courts.case.read', { courtId: courtCase.courtId })) throw new DomainError(ErrorCode.notFound);
  return { items: await viewsOfCase(db, subject, caseId) };
}

/** GET /api/filings/:id/acts — the published acts of the case the filing was registered into (or aimed at), for the filing's reader. */
export async function courtActsOfFiling(db: Database, subject: Subject, filingId: string): Promise<CourtActsResponse> {
  const filing = await readableFiling(db, subject, filingId);
  const caseId = filing.registeredCaseId ?? filing.targetCaseId;
  return { items: caseId ? await viewsOfCase(db, subject, caseId) : [] };
}

/** One act (any reader the policy allows). */
export async function courtActView(db: Database, subject: Subject, actId: string): Promise<CourtActView> {
  const ctx = await loadActContext(db, actId);
  if (!ctx || !can(subject, 'courts.act.read', actResource(ctx))) throw new DomainError(ErrorCode.notFound);
  return viewOf(db, subject, ctx);
}
