import { randomUUID } from 'node:crypto';
import type { JournalActor, Tx } from '@oryndau/db';
import { nextRegistrationSequence } from '@oryndau/db';
import {
  DomainError, ErrorCode, distribution, formatRegistrationNumber, initiationDueDate, registrationYearOf, validateExecutiveDocumentCard,
} from '@oryndau/domain';
import { localDateOf } from '@oryndau/kz';
import { loadCandidates, storeDecision, withNames } from './distribution-store';
import { loadWorkingCalendar, refreshNextDue, upsertTask } from './store';

/** Kazakhstan keeps one offset (+05) everywhere since 1 March 2024 (DOMAIN.md). */
export const ENFORCEMENT_TIME_ZONE = 'Asia/Almaty';

export type RegistrationParty = {
  role: 'debtor' | 'claimant'; kind: 'individual' | 'legal_entity'; identifier: string; name: string;
  address?: string | undefined; regionKato: string; districtKato?: string | undefined;
};

/** ENF-1 card fields (as typed) plus where the document came from. */
export type RegistrationInput = {
  arrivalOrder: 'first' | 'repeated'; claimEssence: string; issueDate: string; issuingBody: string; documentType: string;
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
  // The bailiffs' loads are read before the department's number counter is
  // locked: that lock orders every registration of the department until
  // commit, and counting loads is the slowest read here.
  const candidates = await loadCandidates(tx, now, debtor.regionKato);
  const sequence = await nextRegistrationSequence(tx, Number(departmentCode), registrationYearOf(now, zone));
  const registrationNumber = formatRegistrationNumber({ departmentCode: Number(departmentCode), year: registrationYearOf(now, zone), sequence });

  const documentId = randomUUID();
  const proceedingId = randomUUID();
  await tx.query(
    `INSERT INTO executive_documents (id, source, dedupe_key, external_id, court_id, registration_number, registration_date, department_code,
       arrival_order, claim_essence, issue_date, issuing_body, document_type, document_number, entry_into_force_date, received_from,
       copy_number, category_code, subcategory, amount, currency, exchange_rate, exchange_rate_date, amount_tiyn, sender_document_date,
       sender_outgoing_number, signer_name, claim_filed_by, solidary_liability, trusted_person, writ_content, court_act_document_id,
       created_by, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31,$32,$33,$34)`,
    [documentId, input.source, input.dedupeKey ?? null, input.externalId ?? null, input.courtId ?? null, registrationNumber,
      registrationDate, departmentCode, card.arrivalOrder, card.claimEssence.trim(), card.issueDate, card.issuingBody.trim(),
      card.documentType.trim(), card.documentNumber.trim(), card.entryIntoForceDate, input.receivedFrom ?? null, input.copyNumber ?? null,
      card.categoryCode, input.subcategory ?? null, card.amount.trim(), card.currency, card.exchangeRate ?? null,
      card.exchangeRateDate || null, String(card.amountTiyn), input.senderDocumentDate || null, input.senderOutgoingNumber ?? null,
      input.signerName ?? null, input.claimFiledBy ?? null, card.solidaryLiability, input.trustedPerson,
      input.writContent ? Buffer.from(input.writContent) : null, input.courtActDocumentId ?? null, input.createdBy, now.toISOString()],
  );
  await tx.query(
    `INSERT INTO proceedings (id, executive_document_id, registration_number, department_code, region_kato, time_zone, status, version,
       category_code, amount_tiyn, debtor_name, debtor_identifier, registered_at, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'registered', 1, $7, $8, $9, $10, $11, $11)`,
    [proceedingId, documentId, registrationNumber, departmentCode, debtor.regionKato, zone, card.categoryCode, String(card.amountTiyn),
      debtor.name.trim(), debtor.identifier, now.toISOString()],
  );
  let position = 0;
  for (const party of input.parties) {
    await tx.query(
      `INSERT INTO proceeding_parties (id, proceeding_id, role, kind, identifier, name, address, region_kato, district_kato, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [randomUUID(), proceedingId, party.role, party.kind, party.identifier, party.name.trim(), party.address ?? null, party.regionKato,
        party.districtKato ?? null, position++],
    );
  }

  const decision = withNames(distribution.distribute(
    { id: proceedingId, category: card.categoryCode, debtorRegion: debtor.regionKato, ...(debtor.districtKato ? { debtorDistrict: debtor.districtKato } : {}) },
    candidates, distribution.DEFAULT_RULES, now), candidates);
  await storeDecision(tx, proceedingId, decision);

  const calendar = await loadWorkingCalendar(tx);
  await upsertTask(tx, proceedingId, 'initiation', initiationDueDate(now, zone, calendar), now);
  await refreshNextDue(tx, proceedingId);
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
