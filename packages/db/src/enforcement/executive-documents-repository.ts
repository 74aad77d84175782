import type { Sql } from '../database';

export type ExecutiveDocumentSource = 'manual' | 'court' | 'erap';
export type ClaimFiledBy = 'individual' | 'legal_entity';

type ExecutiveDocumentRow = {
  id: string; source: ExecutiveDocumentSource; external_id: string | null; court_id: string | null; registration_number: string;
  registration_date: string; department_code: string; arrival_order: 'first' | 'repeated'; claim_essence: string; issue_date: string;
  issuing_body: string; issuing_body_kk: string | null; document_type: string; document_number: string; entry_into_force_date: string; received_from: string | null;
  copy_number: string | null; category_code: string; subcategory: string | null; amount: string; currency: string;
  exchange_rate: string | null; exchange_rate_date: string | null; amount_tiyn: string; sender_document_date: string | null;
  sender_outgoing_number: string | null; signer_name: string | null; claim_filed_by: ClaimFiledBy | null; solidary_liability: boolean;
  trusted_person: boolean; court_act_document_id: string | null;
};

/** The executive document's card (ENF-1/ENF-10); dates are ISO dates, amountTiyn a bigint as text. */
export type ExecutiveDocumentRecord = {
  id: string; source: ExecutiveDocumentSource; externalId: string | null; courtId: string | null; registrationNumber: string;
  registrationDate: string; departmentCode: string; arrivalOrder: 'first' | 'repeated'; claimEssence: string; issueDate: string;
  issuingBody: string;
  /** The issuing body's Kazakh name when the source gave one (a court's writ does); null otherwise. */
  issuingBodyKk: string | null;
  documentType: string; documentNumber: string; entryIntoForceDate: string; receivedFrom: string | null;
  copyNumber: string | null; categoryCode: string; subcategory: string | null; amount: string; currency: string;
  exchangeRate: string | null; exchangeRateDate: string | null; amountTiyn: string; senderDocumentDate: string | null;
  senderOutgoingNumber: string | null; signerName: string | null; claimFiledBy: ClaimFiledBy | null; solidaryLiability: boolean;
  trustedPerson: boolean; courtActDocumentId: string | null;
};

const recordOf = (r: ExecutiveDocumentRow): ExecutiveDocumentRecord => ({
  id: r.id, source: r.source, externalId: r.external_id, courtId: r.court_id, registrationNumber: r.registration_number,
  registrationDate: r.registration_date, departmentCode: r.department_code, arrivalOrder: r.arrival_order, claimEssence: r.claim_essence,
  issueDate: r.issue_date, issuingBody: r.issuing_body, issuingBodyKk: r.issuing_body_kk, documentType: r.document_type, documentNumber: r.document_number,
  entryIntoForceDate: r.entry_into_force_date, receivedFrom: r.received_from, copyNumber: r.copy_number, categoryCode: r.category_code,
  subcategory: r.subcategory, amount: r.amount, currency: r.currency, exchangeRate: r.exchange_rate, exchangeRateDate: r.exchange_rate_date,
  amountTiyn: r.amount_tiyn, senderDocumentDate: r.sender_document_date, senderOutgoingNumber: r.sender_outgoing_number,
  signerName: r.signer_name, claimFiledBy: r.claim_filed_by, solidaryLiability: r.solidary_liability, trustedPerson: r.trusted_person,
  courtActDocumentId: r.court_act_document_id,
});

export async function findExecutiveDocument(sql: Sql, id: string): Promise<ExecutiveDocumentRecord | null> {
  const result = await sql.query<ExecutiveDocumentRow>(
    `SELECT id, source, external_id, court_id, registration_number, registration_date::text AS registration_date, department_code,
            arrival_order, claim_essence, issue_date::text AS issue_date, issuing_body, issuing_body_kk, document_type, document_number,
            entry_into_force_date::text AS entry_into_force_date, received_from, copy_number, category_code, subcategory, amount, currency,
            exchange_rate, exchange_rate_date::text AS exchange_rate_date, amount_tiyn::text AS amount_tiyn,
            sender_document_date::text AS sender_document_date, sender_outgoing_number, signer_name, claim_filed_by, solidary_liability,
            trusted_person, court_act_document_id
       FROM executive_documents WHERE id = $1`, [id]);
  return result.rows[0] ? recordOf(result.rows[0]) : null;
}

/** ENF-11: the courts' id of an electronic writ (null for a document that did not come from a court). */
export async function findCourtExternalId(sql: Sql, executiveDocumentId: string): Promise<string | null> {
  const result = await sql.query<{ external_id: string | null; source: ExecutiveDocumentSource }>(
    'SELECT external_id, source FROM executive_documents WHERE id = $1', [executiveDocumentId]);
  const row = result.rows[0];
  return row?.source === 'court' ? row.external_id : null;
}

export type NewExecutiveDocument = {
  id: string; source: ExecutiveDocumentSource; dedupeKey: string | null; externalId: string | null; courtId: string | null;
  registrationNumber: string; registrationDate: string; departmentCode: string; arrivalOrder: 'first' | 'repeated'; claimEssence: string;
  issueDate: string; issuingBody: string; issuingBodyKk?: string | null | undefined; documentType: string; documentNumber: string; entryIntoForceDate: string;
  receivedFrom: string | null; copyNumber: string | null; categoryCode: string; subcategory: string | null; amount: string; currency: string;
  exchangeRate: string | null; exchangeRateDate: string | null; amountTiyn: string; senderDocumentDate: string | null;
  senderOutgoingNumber: string | null; signerName: string | null; claimFiledBy: ClaimFiledBy | null; solidaryLiability: boolean;
  trustedPerson: boolean; writContent: Uint8Array | null; courtActDocumentId: string | null; createdBy: string | null; createdAt: Date;
};

export async function insertExecutiveDocument(tx: Sql, d: NewExecutiveDocument): Promise<void> {
  await tx.query(
    `INSERT INTO executive_documents (id, source, dedupe_key, external_id, court_id, registration_number, registration_date, department_code,
       arrival_order, claim_essence, issue_date, issuing_body, document_type, document_number, entry_into_force_date, received_from,
       copy_number, category_code, subcategory, amount, currency, exchange_rate, exchange_rate_date, amount_tiyn, sender_document_date,
       sender_outgoing_number, signer_name, claim_filed_by, solidary_liability, trusted_person, writ_content, court_act_document_id,
       created_by, created_at, issuing_body_kk)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31,$32,$33,$34,$35)`,
    [d.id, d.source, d.dedupeKey, d.externalId, d.courtId, d.registrationNumber, d.registrationDate, d.departmentCode, d.arrivalOrder,
      d.claimEssence, d.issueDate, d.issuingBody, d.documentType, d.documentNumber, d.entryIntoForceDate, d.receivedFrom, d.copyNumber,
      d.categoryCode, d.subcategory, d.amount, d.currency, d.exchangeRate, d.exchangeRateDate, d.amountTiyn, d.senderDocumentDate,
      d.senderOutgoingNumber, d.signerName, d.claimFiledBy, d.solidaryLiability, d.trustedPerson,
      d.writContent ? Buffer.from(d.writContent) : null, d.courtActDocumentId, d.createdBy, d.createdAt.toISOString(), d.issuingBodyKk?.trim() || null]);
}

/** ENF-10: the card fields a bailiff may correct, and their columns (the only columns an edit can name). */
export const EDITABLE_CARD_COLUMNS = {
  claimEssence: 'claim_essence', issuingBody: 'issuing_body', issuingBodyKk: 'issuing_body_kk', documentType: 'document_type', documentNumber: 'document_number',
  issueDate: 'issue_date', entryIntoForceDate: 'entry_into_force_date', receivedFrom: 'received_from', copyNumber: 'copy_number',
  subcategory: 'subcategory', senderDocumentDate: 'sender_document_date', senderOutgoingNumber: 'sender_outgoing_number',
  signerName: 'signer_name', claimFiledBy: 'claim_filed_by', solidaryLiability: 'solidary_liability', trustedPerson: 'trusted_person',
} as const satisfies Partial<Record<keyof ExecutiveDocumentRecord, string>>;
export type EditableCardField = keyof typeof EDITABLE_CARD_COLUMNS;
export type CardFieldValue = string | boolean | null;

/** Writes the changed card fields (in the caller's transaction, after the proceeding is locked). */
export async function updateExecutiveDocumentCard(
  tx: Sql, id: string, changes: ReadonlyArray<readonly [EditableCardField, CardFieldValue]>,
): Promise<void> {
  if (changes.length === 0) return;
  const sets = changes.map(([field], i) => `${EDITABLE_CARD_COLUMNS[field]} = $${i + 2}`);
  await tx.query(`UPDATE executive_documents SET ${sets.join(', ')} WHERE id = $1`, [id, ...changes.map(([, value]) => value)]);
}

export type WritRegistration = { proceedingId: string; registrationNumber: string; registrationDate: string };

/** ENF-11 idempotency: the registration of a writ already taken in (same court, writ number and first debtor). */
export async function findRegistrationByDedupeKey(sql: Sql, key: string): Promise<WritRegistration | null> {
  const found = await sql.query<{ proceeding_id: string; registration_number: string; registration_date: string }>(
    `SELECT p.id AS proceeding_id, d.registration_number, d.registration_date::text AS registration_date
       FROM executive_documents d JOIN proceedings p ON p.executive_document_id = d.id WHERE d.dedupe_key = $1`, [key]);
  const row = found.rows[0];
  return row ? { proceedingId: row.proceeding_id, registrationNumber: row.registration_number, registrationDate: row.registration_date } : null;
}

/** ENF-11: the court's act arrives signed by the court; its document is marked signed when taken in. */
export async function markCourtActSigned(tx: Sql, documentId: string, at: Date): Promise<void> {
  await tx.query('UPDATE documents SET signed_at = $2 WHERE id = $1', [documentId, at.toISOString()]);
}
