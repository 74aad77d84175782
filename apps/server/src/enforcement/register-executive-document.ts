import { randomUUID } from 'node:crypto';
import type { JournalActor, Tx } from '@oryndau/db';
import { insertExecutiveDocument, insertParties, insertProceeding, nextRegistrationSequence, refreshNextDue, upsertTask } from '@oryndau/db';
import {
  DomainError, ErrorCode, distribution, formatRegistrationNumber, initiationDueDate, registrationYearOf, validateExecutiveDocumentCard,
} from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import { loadCandidates, storeDecision, withNames } from './distribution-store';
import { loadWorkingCalendar } from './store';

/** Kazakhstan keeps one offset (+05) everywhere since 1 March 2024 (DOMAIN.md). */
export const ENFORCEMENT_TIME_ZONE = 'Asia/Almaty';

export type RegistrationParty = {
  role: 'debtor' | 'claimant'; kind: 'individual' | 'legal_entity'; identifier: string; name: string;
  address?: string | undefined; regionKato: string; districtKato?: string | undefined;
};

/** ENF-1 card fields (as typed) plus where the document came from. */
export type RegistrationInput = {
  arrivalOrder: 'first' | 'repeated'; claimEssence: string; issueDate: string; issuingBody: string;
  /** The issuing body's Kazakh name, when the source gave one (a court's writ names the court in both languages). */
  issuingBodyKk?: string | undefined; documentType: string;
  documentNumber: string; entryIntoForceDate: string; receivedFrom?: string | undefined; copyNumber?: string | undefined;
  categoryCode: string; subcategory?: string | undefined; amount: string; currency: string; exchangeRate?: string | undefined;
  exchangeRateDate?: string | undefined; senderDocumentDate?: string | undefined; senderOutgoingNumber?: string | undefined;
  signerName?: string | undefined; claimFiledBy?: 'individual' | 'legal_entity' | undefined; solidaryLiability: boolean;
  trustedPerson: boolean; parties: RegistrationParty[];
  source: 'manual' | 'court' | 'erap'; externalId?: string; courtId?: string; dedupeKey?: string;
  writContent?: Uint8Array; courtActDocumentId?: string; createdBy: string | null;
};

export type Registration = {
  proceedingId: string; registrationNumber: string; registrationDate: string;
  bailiffId: string | null; bailiffName: string | null; reason: { kk: string; ru: string };
};

/**
 * ENF-1, ENF-11, ENF-12: validates the card, gives it the next number of
 * its department's year, opens the proceeding as `registered`, distributes
 * it and sets the initiation task — one transaction, so a failure anywhere
 * gives the number back and leaves nothing half-registered.
 *
 * The registering department is the territorial body of the (first)
 * debtor's region, its code the region's KATO id (docs/enforcement.md).
 */
export async function registerExecutiveDocument(tx: Tx, input: RegistrationInput, now: Date, actor: JournalActor): Promise<Registration> {
  const zone = ENFORCEMENT_TIME_ZONE;
  const registrationDate = localDateOf(now, zone);
  const validation = validateExecutiveDocumentCard({
    ...input, registrationDate, exchangeRate: input.exchangeRate, exchangeRateDate: input.exchangeRateDate,
    parties: input.parties.map((p) => ({ role: p.role, kind: p.kind, identifier: p.identifier, name: p.name, regionKato: p.regionKato,
      districtKato: p.districtKato })),
  } as Parameters<typeof validateExecutiveDocumentCard>[0]);
  if (!validation.ok) throw new DomainError(ErrorCode.cardInvalid, { fields: validation.errors });
  const card = validation.card;
  const debtors = input.parties.filter((p) => p.role === 'debtor');
  const debtor = debtors[0]!;
  const departmentCode = debtor.regionKato;
  // Every read comes before the department's number counter is locked: that
  // lock orders every registration of the department until commit, so no
  // read may wait behind it (issue 18 item 4). The loads are counters
  // (migration 0027), read without a lock.
  const candidates = await loadCandidates(tx, now, debtor.regionKato);
  const calendar = await loadWorkingCalendar(tx);
  const sequence = await nextRegistrationSequence(tx, Number(departmentCode), registrationYearOf(now, zone));
  const registrationNumber = formatRegistrationNumber({ departmentCode: Number(departmentCode), year: registrationYearOf(now, zone), sequence });

  const documentId = randomUUID();
  const proceedingId = randomUUID();
  await insertExecutiveDocument(tx, executiveDocumentRow(input, card, { id: documentId, registrationNumber, registrationDate, departmentCode }, now));
  await insertProceeding(tx, {
    id: proceedingId, executiveDocumentId: documentId, registrationNumber, departmentCode, regionKato: debtor.regionKato, timeZone: zone,
    categoryCode: card.categoryCode, amountTiyn: String(card.amountTiyn), debtorName: debtor.name.trim(), debtorIdentifier: debtor.identifier,
    registeredAt: now,
  });
  await insertParties(tx, proceedingId, input.parties.map((party) => ({
    id: randomUUID(), role: party.role, kind: party.kind, identifier: party.identifier, name: party.name.trim(), address: party.address ?? null,
    regionKato: party.regionKato, districtKato: party.districtKato ?? null,
  })));

  await upsertTask(tx, proceedingId, 'initiation', initiationDueDate(now, zone, calendar), now);
  await refreshNextDue(tx, proceedingId);

  // The decision last: storing it moves the chosen bailiff's load counter,
  // whose row lock then lasts only for the rest of this transaction.
  const decision = withNames(distribution.distribute(
    { id: proceedingId, category: card.categoryCode, debtorRegion: debtor.regionKato, ...(debtor.districtKato ? { debtorDistrict: debtor.districtKato } : {}) },
    candidates, distribution.DEFAULT_RULES, now), candidates);
  await storeDecision(tx, proceedingId, decision);
  const chosen = candidates.find((c) => c.id === decision.chosen) ?? null;
  tx.journal({
    at: now, actor, action: 'enforcement.registered', objectType: 'proceeding', objectId: proceedingId,
    details: { registrationNumber, source: input.source, externalId: input.externalId ?? null, bailiffId: decision.chosen,
      reason: decision.reason.code, ruleId: decision.ruleApplied?.id ?? null },
  });
  return {
    proceedingId, registrationNumber, registrationDate, bailiffId: chosen?.id ?? null, bailiffName: chosen?.fullName ?? null,
    reason: { kk: decision.reason.kk, ru: decision.reason.ru },
  };
}

/** The executive document's row: the card as validated (trimmed) and where it came from — one registration or a batch. */
type ValidCard = Extract<ReturnType<typeof validateExecutiveDocumentCard>, { card: unknown }>["card"];
export function executiveDocumentRow(input: RegistrationInput, card: ValidCard,
  at: { id: string; registrationNumber: string; registrationDate: string; departmentCode: string }, now: Date) {
  return {
    id: at.id, source: input.source, dedupeKey: input.dedupeKey ?? null, externalId: input.externalId ?? null,
    courtId: input.courtId ?? null, registrationNumber: at.registrationNumber, registrationDate: at.registrationDate, departmentCode: at.departmentCode,
    arrivalOrder: card.arrivalOrder,
    claimEssence: card.claimEssence.trim(), issueDate: card.issueDate, issuingBody: card.issuingBody.trim(), issuingBodyKk: input.issuingBodyKk ?? null,
    documentType: card.documentType.trim(), documentNumber: card.documentNumber.trim(), entryIntoForceDate: card.entryIntoForceDate,
    receivedFrom: input.receivedFrom ?? null, copyNumber: input.copyNumber ?? null, categoryCode: card.categoryCode,
    subcategory: input.subcategory ?? null, amount: card.amount.trim(), currency: card.currency, exchangeRate: card.exchangeRate ?? null,
    exchangeRateDate: card.exchangeRateDate || null, amountTiyn: String(card.amountTiyn), senderDocumentDate: input.senderDocumentDate || null,
    senderOutgoingNumber: input.senderOutgoingNumber ?? null, signerName: input.signerName ?? null, claimFiledBy: input.claimFiledBy ?? null,
    solidaryLiability: card.solidaryLiability, trustedPerson: input.trustedPerson, writContent: input.writContent ?? null,
    courtActDocumentId: input.courtActDocumentId ?? null, createdBy: input.createdBy, createdAt: now,
  };
}
