import type { JournalActor, Tx } from '@oryndau/db';
import { DomainError, ErrorCode, simplified } from '@oryndau/domain';
import { isValidIin, regionOfKato } from '@oryndau/kz';
import { registerExecutiveDocument, type Registration, type RegistrationInput } from '../enforcement/register-executive-document';
import { tiynToCardAmount, type ErapFineInput } from './fine-input';

export const ERAP_ACTOR: JournalActor = { userId: null, iin: null, role: 'erap', requestId: null };

/** The claimant of every fine: the state revenue body (a legal entity; BIN with a valid check digit). */
export const STATE_REVENUE_BODY = { bin: '050140000001', name: 'РГУ «Комитет государственных доходов Министерства финансов Республики Казахстан»' };

/**
 * The ordinary path of a fine (SIMP-1, SIMP-2, SIMP-5, SIMP-6): the ЕРАП
 * decision becomes an executive document, registered and handed to
 * automatic distribution (ENF-12) in the caller's transaction. Deduplicated
 * by the ЕРАП id, so a fine never becomes two proceedings.
 */
export async function registerFineAsExecutiveDocument(tx: Tx, fine: ErapFineInput, now: Date): Promise<Registration> {
  return registerExecutiveDocument(tx, fineRegistrationInput(fine), now, ERAP_ACTOR);
}

/** The executive document of a fine, as registerExecutiveDocument (one) or registerExecutiveDocuments (a chunk) takes it. */
export function fineRegistrationInput(fine: ErapFineInput): RegistrationInput {
  const region = regionOfKato(fine.territoryKato);
  if (!region) throw new DomainError(ErrorCode.validation, { fields: ['territoryKato'] });
  const d = fine.decision;
  return {
    arrivalOrder: 'first', claimEssence: simplified.fineClaimEssence(d.article).ru, issueDate: d.date, issuingBody: d.issuingBody,
    documentType: 'administrative_resolution', documentNumber: d.number, entryIntoForceDate: d.enteredIntoForceOn ?? d.date,
    receivedFrom: 'ЕРАП', categoryCode: 'administrative_fine', amount: tiynToCardAmount(fine.amountTiyn), currency: 'KZT',
    claimFiledBy: 'legal_entity', solidaryLiability: false, trustedPerson: false,
    parties: [
      { role: 'debtor', kind: isValidIin(fine.debtorIin) ? 'individual' : 'legal_entity', identifier: fine.debtorIin, name: fine.debtorName, regionKato: region.id },
      { role: 'claimant', kind: 'legal_entity', identifier: STATE_REVENUE_BODY.bin, name: STATE_REVENUE_BODY.name, regionKato: region.id },
    ],
    source: 'erap', externalId: fine.erapFineId, dedupeKey: `erap|${fine.erapFineId}`, createdBy: null,
  };
}
