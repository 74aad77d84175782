import { encodeWritCard, writCardSchema } from '@oryndau/adapters';
import type { WritCard } from '@oryndau/adapters';
import type { CourtWritRecord } from '@oryndau/db';
import { DomainError, ErrorCode, courts } from '@oryndau/domain';

/** What the card names besides the writ's own row: the court, the case, the judge and the secretary. */
export type WritCardContext = {
  court: { id: string; name: { kk: string; ru: string } };
  caseNumber: string;
  judge: { iin: string; fullName: string };
  secretary: { iin: string; fullName: string };
};

/**
 * FILE-16, §56: the writ card in the EXISTING schema enforcement's intake
 * parses (writCardSchema) — the same shape the courts' simulator sends, so
 * our own courts' writs are registered and distributed like any other.
 * The bytes are made once, stored as the `court.writ` document and signed
 * by the judge and the secretary; what enforcement verifies is what they signed.
 */
export function writCardOf(writ: Pick<CourtWritRecord, 'externalId' | 'number' | 'issueDate' | 'entryIntoForceDate' | 'claimEssence'
  | 'category' | 'amountMinor' | 'currency' | 'exchangeRate' | 'exchangeRateDate' | 'solidaryLiability' | 'debtors' | 'claimants'>,
  context: WritCardContext): WritCard {
  const card = {
    externalId: writ.externalId,
    court: { id: context.court.id, nameKk: context.court.name.kk, nameRu: context.court.name.ru },
    caseNumber: context.caseNumber,
    writNumber: writ.number,
    documentType: 'writ_of_execution',
    issueDate: writ.issueDate,
    entryIntoForceDate: writ.entryIntoForceDate,
    claimEssence: writ.claimEssence,
    categoryCode: writ.category,
    subcategory: courts.writCategoryName(writ.category).ru,
    amount: courts.minorToDecimal(writ.amountMinor),
    currency: writ.currency,
    ...(writ.exchangeRate ? { exchangeRate: writ.exchangeRate } : {}),
    ...(writ.exchangeRateDate ? { exchangeRateDate: writ.exchangeRateDate } : {}),
    solidaryLiability: writ.solidaryLiability,
    debtors: writ.debtors,
    claimants: writ.claimants,
    judge: context.judge,
    secretary: context.secretary,
  };
  const parsed = writCardSchema.safeParse(card);
  // A card the intake would refuse is never signed: the fields are named instead.
  if (!parsed.success) throw new DomainError(ErrorCode.validation, { fields: parsed.error.issues.map((i) => i.path.join('.')) });
  return parsed.data;
}

export const writCardBytes = (card: WritCard): Uint8Array => encodeWritCard(card);
