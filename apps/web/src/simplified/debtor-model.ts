import { formatDay } from '../format/day.ts';
import { formatTiyn } from '../format/money.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';
import type { DebtorView, SimplifiedDocument, SimplifiedDocumentKind } from './simplified-types.ts';

/** Which explanation the page gives under the status; keys of `simp.debtor`. */
export type DebtorNote = 'terminated' | 'cancelledExpired' | 'cancelledDisagreed' | 'cancelledOther' | 'ordinary';
export type DebtorTone = 'open' | 'terminated' | 'cancelled' | 'ordinary';

export type DebtorModel = {
  tone: DebtorTone;
  statusText: string;
  amount: string;
  /** Only when part of the fine is paid already. */
  partlyPaid: { paid: string; due: string } | null;
  /** Still running: the deadline and the time left are shown. */
  open: boolean;
  canPay: boolean;
  canDisagree: boolean;
  note: DebtorNote | null;
  /** SIMP-5, SIMP-6: cancelled cases went to the ordinary proceeding; say so. */
  wentToOrdinary: boolean;
  registrationNumber: string | null;
  lastDay: string;
  decisionDate: string;
  caseOpenedOn: string;
  documents: SimplifiedDocument[];
};

const money = (tiyn: number) => formatTiyn(String(tiyn));

// The act that ended the case comes first: after payment the debtor came for the termination resolution.
const documentOrder: Record<SimplifiedDocumentKind, number> = { 'simp.termination': 0, 'simp.cancellation': 1, 'simp.initiation': 2 };

function noteFor(view: DebtorView): DebtorNote | null {
  switch (view.status) {
    // Taken in but not yet initiated (the intake's own transaction): nothing to note yet.
    case 'received':
    case 'initiated':
      return null;
    case 'terminated':
      return 'terminated';
    case 'ordinary':
      return 'ordinary';
    case 'cancelled':
      return view.outcome === 'expired' ? 'cancelledExpired' : view.outcome === 'disagreed' ? 'cancelledDisagreed' : 'cancelledOther';
  }
}

function toneFor(view: DebtorView): DebtorTone {
  switch (view.status) {
    case 'received':
    case 'initiated':
      return 'open';
    case 'terminated':
      return 'terminated';
    case 'cancelled':
      return 'cancelled';
    case 'ordinary':
      return 'ordinary';
  }
}

/**
 * SIMP-3, SIMP-4, SIMP-6: what the debtor's page shows for the server's
 * view. Buttons appear only while the server offers the action *and* the
 * case is still open — a final state never shows one, whatever else says so.
 */
export function debtorModel(view: DebtorView, language: UiLanguage): DebtorModel {
  const open = view.status === 'initiated';
  const partly = view.paidTiyn > 0 && view.dueTiyn > 0;
  return {
    tone: toneFor(view),
    statusText: view.statusText[language],
    amount: money(view.amountTiyn),
    partlyPaid: partly ? { paid: money(view.paidTiyn), due: money(view.dueTiyn) } : null,
    open,
    canPay: open && view.actions.pay,
    canDisagree: open && view.actions.disagree,
    note: noteFor(view),
    wentToOrdinary: view.status === 'cancelled',
    registrationNumber: view.proceeding?.registrationNumber ?? null,
    lastDay: formatDay(view.lastDay, view.zone),
    decisionDate: formatDay(view.decision.date, view.zone),
    caseOpenedOn: formatDay(view.caseOpenedOn, view.zone),
    documents: [...view.documents].sort((a, b) => documentOrder[a.kind] - documentOrder[b.kind]),
  };
}
