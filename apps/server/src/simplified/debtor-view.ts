import { createHash } from 'node:crypto';
import type { Sql } from '@oryndau/db';
import { findProceedingRegistrationNumber, findSimplifiedCaseByTokenHash, listCaseDocuments } from '@oryndau/db';
import { DomainError, ErrorCode, simplified } from '@oryndau/domain';
import type { LocalizedText } from '@oryndau/kz';
import { caseOfRow, fineOfRow, type CaseRow } from './outcomes';

/** The SMS link's token: 15 random bytes in base64url. Only its SHA-256 is stored. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{20}$/;

export const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The stored hash of a link token; a malformed token cannot exist and is answered exactly as an unknown one (404). */
export function linkTokenHash(token: string): string {
  if (!LINK_TOKEN_PATTERN.test(token)) throw new DomainError(ErrorCode.notFound);
  return tokenHashOf(token);
}

/** The case behind a debtor's link (not locked), or 404. */
export async function findCaseByToken(sql: Sql, token: string): Promise<CaseRow> {
  const row = await findSimplifiedCaseByTokenHash(sql, linkTokenHash(token));
  if (!row) throw new DomainError(ErrorCode.notFound);
  return row;
}

export type DebtorDocument = {
  kind: 'simp.initiation' | 'simp.termination' | 'simp.cancellation'; documentId: string; title: LocalizedText; url: string; verifyUrl: string;
};

/** What the debtor's page shows (docs/api.md «Debtor page»). Nothing here reaches beyond this one fine. */
export type DebtorView = {
  caseId: string; erapFineId: string; status: simplified.SimplifiedStatus; statusText: LocalizedText;
  outcome: 'paid' | 'expired' | 'disagreed' | null; debtorName: string; debtorIinMasked: string;
  amountTiyn: number; paidTiyn: number; dueTiyn: number;
  decision: { number: string; date: string; article: string; issuingBody: string }; caseOpenedOn: string;
  lastDay: string; expiresAt: string; serverNow: string; zone: string;
  documents: DebtorDocument[]; actions: { pay: boolean; disagree: boolean }; paymentState: 'none' | 'pending' | 'paid';
  proceeding: { registrationNumber: string } | null;
};

/** "Жақсыбеков Арман Серікұлы" → "Жақсыбеков А. С.": enough for the debtor to recognise, little for anyone else. */
export function shortName(full: string): string {
  const [surname, ...rest] = full.trim().split(/\s+/);
  return [surname, ...rest.map((part) => `${[...part][0]?.toUpperCase() ?? ''}.`)].filter(Boolean).join(' ');
}

/** What remains to pay in the simplified proceeding (partial payments count). */
export function dueOf(row: CaseRow): { paidTiyn: number; dueTiyn: number } {
  const paidTiyn = row.payments.filter((p) => p.destination === 'simplified').reduce((sum, p) => sum + p.amountTiyn - p.refundTiyn, 0);
  return { paidTiyn, dueTiyn: Math.max(0, row.amountTiyn - paidTiyn) };
}

/** What the debtor may do now: pay while the term runs and something is due, disagree while the term runs. */
export function debtorActions(row: CaseRow, now: Date): DebtorView['actions'] {
  const state = caseOfRow(row);
  const open = row.status === 'initiated' && state.deadline !== null && now.getTime() < state.deadline.expiresAt.getTime();
  return { pay: open && dueOf(row).dueTiyn > 0, disagree: open };
}

/** SIMP-3: the view of one case, for the holder of its link. */
export async function debtorView(sql: Sql, row: CaseRow, token: string, now: Date): Promise<DebtorView> {
  const fine = fineOfRow(row);
  const state = caseOfRow(row);
  const ids = [row.resolutionDocumentId, row.closingDocumentId].filter((id): id is string => id !== null);
  const docs = await listCaseDocuments(sql, ids);
  const registrationNumber = row.proceedingId ? await findProceedingRegistrationNumber(sql, row.proceedingId) : null;
  const { paidTiyn, dueTiyn } = dueOf(row);
  const pending = row.pendingPayment !== null && !row.payments.some((p) => p.id === row.pendingPayment?.paymentId);
  const outcome = row.closedOutcome === 'paid' || row.closedOutcome === 'expired' || row.closedOutcome === 'disagreed' ? row.closedOutcome : null;
  return {
    caseId: row.id, erapFineId: row.erapFineId, status: row.status, statusText: simplified.SIMPLIFIED_STATUS_TEXTS[row.status], outcome,
    debtorName: shortName(row.debtorName), debtorIinMasked: `${row.debtorIin.slice(0, 6)}******`,
    amountTiyn: row.amountTiyn, paidTiyn, dueTiyn,
    decision: { number: fine.decision.number, date: fine.decision.date, article: fine.decision.article, issuingBody: fine.decision.issuingBody },
    caseOpenedOn: fine.caseOpenedOn, lastDay: state.deadline?.lastDay ?? '', expiresAt: state.deadline?.expiresAt.toISOString() ?? '',
    serverNow: now.toISOString(), zone: state.deadline?.zone ?? simplified.zoneOfTerritory(row.territoryKato),
    documents: docs.map((d) => ({ kind: d.kind, documentId: d.id, title: d.title,
      url: `/api/public/simplified/${token}/documents/${d.id}`, verifyUrl: `/verify/${d.id}` })),
    actions: debtorActions(row, now),
    paymentState: row.status === 'terminated' || (paidTiyn > 0 && !pending) ? 'paid' : pending && row.status === 'initiated' ? 'pending' : 'none',
    proceeding: registrationNumber === null ? null : { registrationNumber },
  };
}
