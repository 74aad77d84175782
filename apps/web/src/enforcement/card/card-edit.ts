// ENF-10 «Редактировать»: the card's editable fields ↔ the form, and the
// partial body of PATCH /api/enforcement/proceedings/:id/executive-document
// (only what the bailiff actually changed).
import type { ExecutiveDocument, PartyKind, ProceedingCard, Status } from '../../api/enforcement-types.ts';
import { dayTextToIso, isoToDayText } from '../../format/day.ts';

/** The body of the PATCH: every key optional, unknown keys are a 400. */
export type CardEdit = {
  claimEssence?: string; issuingBody?: string; issuingBodyKk?: string; documentType?: string; documentNumber?: string;
  issueDate?: string; entryIntoForceDate?: string; receivedFrom?: string; copyNumber?: string; subcategory?: string;
  senderDocumentDate?: string; senderOutgoingNumber?: string; signerName?: string; claimFiledBy?: PartyKind;
  solidaryLiability?: boolean; trustedPerson?: boolean;
};

export type CardEditField = keyof CardEdit;

/** The form: text as typed, days as `ДД.ММ.ГГГГ` under the API's own names (so 422 field errors map by name). */
export type CardEditValues = {
  claimEssence: string; issuingBody: string; issuingBodyKk: string; documentType: string; documentNumber: string;
  issueDate: string; entryIntoForceDate: string; receivedFrom: string; copyNumber: string; subcategory: string;
  senderDocumentDate: string; senderOutgoingNumber: string; signerName: string; claimFiledBy?: PartyKind;
  solidaryLiability: boolean; trustedPerson: boolean;
};

/** Our own registration details: the only fields of a court's electronic writ that may change (the rest the court signed). */
export const courtEditableFields: readonly CardEditField[] = ['receivedFrom', 'copyNumber', 'senderDocumentDate', 'senderOutgoingNumber', 'trustedPerson'];

/** What the document itself says; for a court card these are signed by the court and read-only. */
export const documentFields: readonly CardEditField[] = [
  'documentType', 'documentNumber', 'issueDate', 'entryIntoForceDate', 'issuingBody', 'issuingBodyKk', 'claimEssence', 'subcategory', 'signerName',
  'claimFiledBy', 'solidaryLiability',
];

const textFields = ['claimEssence', 'issuingBody', 'issuingBodyKk', 'documentType', 'documentNumber', 'receivedFrom', 'copyNumber', 'subcategory',
  'senderOutgoingNumber', 'signerName'] as const;
const dayFields = ['issueDate', 'entryIntoForceDate', 'senderDocumentDate'] as const;
const flagFields = ['solidaryLiability', 'trustedPerson'] as const;

/** Statuses in which the card may still be corrected (the server answers 409 otherwise). */
export const editableStatuses: readonly Status[] = ['registered', 'initiated', 'suspended'];

/** «Редактировать» is offered to the assigned bailiff of an open proceeding only. */
export const canEditCard = (card: ProceedingCard) => card.canAct && editableStatuses.includes(card.status);

/** Whether the field may be sent for this card (a court card: only our registration details). */
export const isFieldEditable = (doc: Pick<ExecutiveDocument, 'source'>, field: CardEditField) =>
  doc.source !== 'court' || courtEditableFields.includes(field);

// The card may carry null where the type says optional: both read as "empty".
const textOf = (value: string | null | undefined) => (value ?? '').trim();

/** The card → the form's initial values. */
export function editValuesOf(doc: ExecutiveDocument): CardEditValues {
  const values: CardEditValues = {
    claimEssence: doc.claimEssence ?? '', issuingBody: doc.issuingBody ?? '', issuingBodyKk: doc.issuingBodyKk ?? '', documentType: doc.documentType ?? '',
    documentNumber: doc.documentNumber ?? '', receivedFrom: doc.receivedFrom ?? '', copyNumber: doc.copyNumber ?? '',
    subcategory: doc.subcategory ?? '', senderOutgoingNumber: doc.senderOutgoingNumber ?? '', signerName: doc.signerName ?? '',
    issueDate: isoToDayText(doc.issueDate ?? undefined),
    entryIntoForceDate: isoToDayText(doc.entryIntoForceDate ?? undefined),
    senderDocumentDate: isoToDayText(doc.senderDocumentDate ?? undefined),
    solidaryLiability: doc.solidaryLiability === true,
    trustedPerson: doc.trustedPerson === true,
  };
  if (doc.claimFiledBy !== undefined && doc.claimFiledBy !== null) values.claimFiledBy = doc.claimFiledBy;
  return values;
}

/**
 * Only the fields that differ from the card, ready to send: text trimmed
 * (an emptied optional text goes as '' and clears it), days as ISO. A
 * court card's signed fields are never sent; neither is an emptied day
 * (the API has no way to clear one — the form stops that before sending).
 */
export function changedFields(doc: ExecutiveDocument, values: Partial<CardEditValues>): CardEdit {
  const edit: CardEdit = {};
  const editable = (field: CardEditField) => isFieldEditable(doc, field);
  for (const key of textFields) {
    const after = textOf(values[key]);
    if (editable(key) && values[key] !== undefined && after !== textOf(doc[key])) edit[key] = after;
  }
  for (const key of dayFields) {
    const typed = textOf(values[key]);
    if (!editable(key) || typed === '') continue;
    const after = dayTextToIso(typed) ?? typed;
    if (after !== textOf(doc[key])) edit[key] = after;
  }
  for (const key of flagFields) {
    const after = values[key];
    if (editable(key) && after !== undefined && after !== (doc[key] === true)) edit[key] = after;
  }
  if (editable('claimFiledBy') && values.claimFiledBy !== undefined && values.claimFiledBy !== (doc.claimFiledBy ?? undefined)) {
    edit.claimFiledBy = values.claimFiledBy;
  }
  return edit;
}

/** 403 `forbidden` with `details.reason: 'signed_by_court'`: the fields the court signed that were sent. */
export function courtSignedFields(details: Record<string, unknown> | undefined): string[] {
  if (details?.['reason'] !== 'signed_by_court' || !Array.isArray(details['fields'])) return [];
  return details['fields'].filter((f): f is string => typeof f === 'string');
}
