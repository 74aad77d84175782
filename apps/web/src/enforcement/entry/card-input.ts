// ENF-1 manual entry: the form's values ↔ CardInput of
// POST /api/enforcement/executive-documents, and the server's field errors
// (`details.fields[].field`) back onto the form's fields.
import type { CardInput, FieldProblem, PartyInput, PartyKind, PartyRole } from '../../api/enforcement-types.ts';
import { dayTextToIso } from '../../format/day.ts';

export type PartyValues = { kind: PartyKind; identifier: string; name: string; address?: string; regionKato?: string };

/** The form holds days as typed (`ДД.ММ.ГГГГ`) under CardInput's own names, so server errors map by name. */
export type EntryValues = Omit<CardInput, 'parties'> & { debtors: PartyValues[]; claimants: PartyValues[] };

export const dayFields = ['issueDate', 'entryIntoForceDate', 'exchangeRateDate', 'senderDocumentDate'] as const;
const optionalText = ['issuingBodyKk', 'receivedFrom', 'copyNumber', 'subcategory', 'senderOutgoingNumber', 'signerName'] as const;

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

function toParty(role: PartyRole, values: PartyValues): PartyInput {
  const party: PartyInput = {
    role, kind: values.kind, identifier: values.identifier.trim(), name: values.name.trim(), regionKato: values.regionKato ?? '',
  };
  if (!blank(values.address)) party.address = values.address?.trim();
  return party;
}

/**
 * Validated form values → CardInput. Blank optional fields are left out
 * rather than sent empty; a foreign-currency rate goes only with a foreign
 * currency; debtors come first, then claimants (fieldPath relies on it).
 */
export function toCardInput(values: EntryValues): CardInput {
  const input: CardInput = {
    arrivalOrder: values.arrivalOrder,
    claimEssence: values.claimEssence.trim(),
    issueDate: dayTextToIso(values.issueDate) ?? values.issueDate,
    issuingBody: values.issuingBody.trim(),
    documentType: values.documentType,
    documentNumber: values.documentNumber.trim(),
    entryIntoForceDate: dayTextToIso(values.entryIntoForceDate) ?? values.entryIntoForceDate,
    categoryCode: values.categoryCode,
    amount: values.amount.trim(),
    currency: values.currency,
    solidaryLiability: values.solidaryLiability === true,
    trustedPerson: values.trustedPerson === true,
    parties: [...(values.debtors ?? []).map((p) => toParty('debtor', p)), ...(values.claimants ?? []).map((p) => toParty('claimant', p))],
  };
  for (const key of optionalText) {
    const value = values[key];
    if (!blank(value)) input[key] = value?.trim();
  }
  if (values.claimFiledBy !== undefined) input.claimFiledBy = values.claimFiledBy;
  if (!blank(values.senderDocumentDate)) input.senderDocumentDate = dayTextToIso(values.senderDocumentDate) ?? values.senderDocumentDate;
  if (values.currency !== 'KZT') {
    if (!blank(values.exchangeRate)) input.exchangeRate = values.exchangeRate?.trim();
    if (!blank(values.exchangeRateDate)) input.exchangeRateDate = dayTextToIso(values.exchangeRateDate) ?? values.exchangeRateDate;
  }
  return input;
}

export type FormPath = (string | number)[];

/**
 * A server field name → the form field it belongs to. `parties.3.name` and
 * `parties[3].name` both work; index 3 is a claimant when there are fewer
 * than four debtors. Null when no single field fits (the error is then
 * shown above the form).
 */
export function fieldPath(field: string, debtorCount: number, claimantCount: number): FormPath | null {
  const parts = field.replace(/\[(\d+)\]/g, '.$1').split('.').filter((p) => p !== '');
  const [head, index, leaf] = parts;
  if (head === undefined) return null;
  if (head !== 'parties') return parts.length === 1 ? [head] : null;
  if (index === undefined || !/^\d+$/.test(index) || leaf === undefined || parts.length !== 3) return null;
  const n = Number(index);
  if (n < debtorCount) return ['debtors', n, leaf];
  if (n < debtorCount + claimantCount) return ['claimants', n - debtorCount, leaf];
  return null;
}

/** 422 `enforcement.card_invalid` details → problems, dropping entries of an unexpected shape. */
export function fieldProblems(details: Record<string, unknown> | undefined): FieldProblem[] {
  const fields = details?.['fields'];
  if (!Array.isArray(fields)) return [];
  return fields.filter((f): f is FieldProblem => typeof f === 'object' && f !== null
    && typeof (f as FieldProblem).field === 'string'
    && typeof (f as FieldProblem).message?.kk === 'string' && typeof (f as FieldProblem).message?.ru === 'string');
}
