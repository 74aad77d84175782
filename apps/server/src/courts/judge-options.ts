import type { CourtJudgeLoad, Sql } from '@oryndau/db';
import { listCourtJudgesWithLoad } from '@oryndau/db';
import { DomainError, courts } from '@oryndau/domain';
import { recentSince } from './court-time';

// FILE-12: the court's active judges with their load, and the automatic
// proposal among them (domain `proposeJudge`, as ENF-12 does for bailiffs).

export type JudgeChoice = { judges: CourtJudgeLoad[]; proposal: courts.JudgeProposal | null };

export async function judgeChoice(sql: Sql, courtId: string, kase: { form: courts.CaseForm; category: string | null }, now: Date): Promise<JudgeChoice> {
  const judges = await listCourtJudgesWithLoad(sql, courtId, recentSince(now));
  const proposal = courts.proposeJudge(judges.map((j) => ({
    userId: j.userId, name: j.fullName, specialisations: j.specialisations, active: j.active, openCases: j.openCases,
    assignedLast30Days: j.assignedRecently,
  })), kase);
  return { judges, proposal: proposal instanceof DomainError ? null : proposal };
}

/** The reason kept with an assignment the specialist chose against the proposal. */
export const CHOSEN_BY_SPECIALIST = {
  kk: (judge: string) => `${judge} судьяны кеңсе маманы өзі таңдады (автоматты ұсыныстан басқа).`,
  ru: (judge: string) => `Судья ${judge} выбран(а) специалистом канцелярии (вместо автоматического предложения).`,
};
