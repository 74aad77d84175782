import type {
  CaseJudgeRecord, CourtActRecord, CourtActSignerRecord, CourtCaseRecord, CourtRecord, Database, Sql,
} from '@oryndau/db';
import {
  findCaseAudience, findCourt, findCourtAct, findCourtActByDocument, findCourtCase, listCaseJudges, listCourtActSigners,
} from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { CaseBenchResource, CourtActResource, Subject } from '@oryndau/domain';

// Issue 15 items 1-2: an act with everything its rules and screens need —
// its case and court, the case's current judges (case_judges not released),
// who signed, and who takes part in the case (§47). The rules are can()'s;
// this file only gathers the facts they read.

export type ActContext = {
  act: CourtActRecord; courtCase: CourtCaseRecord; court: CourtRecord; currentJudges: CaseJudgeRecord[]; signers: CourtActSignerRecord[];
  audience: { participantIinBins: string[]; applicantUserIds: string[] };
};

async function contextOf(sql: Sql, act: CourtActRecord | null): Promise<ActContext | null> {
  if (!act) return null;
  const courtCase = await findCourtCase(sql, act.caseId);
  const court = courtCase ? await findCourt(sql, courtCase.courtId) : null;
  if (!courtCase || !court) return null;
  const currentJudges = (await listCaseJudges(sql, act.caseId)).filter((j) => j.releasedAt === null);
  return { act, courtCase, court, currentJudges, signers: await listCourtActSigners(sql, act.id), audience: await findCaseAudience(sql, act.caseId) };
}

/** The act by id; `lock` takes the act's row lock (the business row first, journal last). */
export async function loadActContext(sql: Sql, actId: string, options: { lock?: boolean } = {}): Promise<ActContext | null> {
  return contextOf(sql, await findCourtAct(sql, actId, options));
}

/** The act whose PDF (or legal-force mark) is this document. */
export async function loadActContextByDocument(sql: Sql, documentId: string, options: { lock?: boolean } = {}): Promise<ActContext | null> {
  return contextOf(sql, await findCourtActByDocument(sql, documentId, options));
}

export const benchOf = (ctx: Pick<ActContext, 'courtCase' | 'currentJudges'>): CaseBenchResource => ({
  courtId: ctx.courtCase.courtId, caseJudgeIds: ctx.currentJudges.map((j) => j.userId),
});

export const actResource = (ctx: ActContext): CourtActResource => ({
  ...benchOf(ctx), published: ctx.act.publishedAt !== null, ...ctx.audience,
});

/** An act the subject may read, or 404 (whether it exists is not told). */
export async function requireReadableAct(db: Database, subject: Subject, actId: string): Promise<ActContext> {
  const ctx = await loadActContext(db, actId);
  if (!ctx || !can(subject, 'courts.act.read', actResource(ctx))) throw new DomainError(ErrorCode.notFound);
  return ctx;
}
