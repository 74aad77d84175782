import type { CourtCaseRecord, CourtRecord, Sql } from '@oryndau/db';
import { findCourtCase, findFiling, listCaseParticipants } from '@oryndau/db';
import { courts, enp } from '@oryndau/domain';
import { renderEnpCard } from '@oryndau/documents';
import { formatDate } from '@oryndau/kz';
import { courtLocalTime } from '../courts/court-time';

const both = (t: { kk: string; ru: string }) => `${t.kk} / ${t.ru}`;
const L = enp.ENP_CARD_LABELS;

/**
 * ENP-2: the card's particulars from the register (seed 002): previous
 * proceedings (the lower instance's case, or the free text), arrival date
 * and incoming number (the filing that opened the case), the applicant,
 * the arrival order, the parties by category; then the PDF with the
 * court's margins.
 */
export async function renderAccessCard(sql: Sql, input: {
  courtCase: CourtCaseRecord; court: CourtRecord; password: string; portalUrl: string; now: Date;
}): Promise<Uint8Array> {
  const { courtCase, court } = input;
  const filing = courtCase.filingId ? await findFiling(sql, courtCase.filingId) : null;
  const previous = courtCase.previousCaseId ? await findCourtCase(sql, courtCase.previousCaseId) : null;
  const participants = await listCaseParticipants(sql, courtCase.id);
  const none = both(L.none);
  const arrival = filing?.receivedAt ? courtLocalTime(filing.receivedAt, court.timeZone).date : courtCase.registeredOn;
  const order = filing ? enp.ENP_ARRIVAL_ORDER_TEXTS.electronic : previous ? enp.ENP_ARRIVAL_ORDER_TEXTS.transferred : enp.ENP_ARRIVAL_ORDER_TEXTS.first;
  // The card is read in both languages: each party's category in kk and ru (only ru once — found by e2e/enp.spec.ts).
  const parties = participants.map((p) => `${both(courts.PARTICIPANT_CATEGORY_TEXTS[p.category])}: ${p.name}`).join('; ');
  const rows: [string, string][] = [
    [both(L.caseNumber), courtCase.number],
    [both(L.previousProceedings), [previous?.number, courtCase.previousProceedings].filter(Boolean).join('; ') || none],
    [both(L.arrivalDate), formatDate(arrival, 'ru')],
    [both(L.incomingNumber), filing?.number ?? none],
    [both(L.applicant), filing ? filing.applicantName : none],
    [both(L.arrivalOrder), both(order)],
    [both(L.parties), parties || none],
  ];
  return renderEnpCard({
    court: court.name, rows, passwordLabel: both(L.password), password: input.password, portalUrl: input.portalUrl,
    marginLeftMm: court.cardMarginLeftMm, marginTopMm: court.cardMarginTopMm, date: input.now,
  });
}
