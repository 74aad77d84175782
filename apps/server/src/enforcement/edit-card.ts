import type { Database, JournalActor } from '@oryndau/db';
import { CARD_ERROR_MESSAGES, DomainError, ErrorCode, validateExecutiveDocumentCard } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { authorizeProceeding } from './authorize';
import { requireProceedingRow } from './store';

/** ENF-10 «Редактировать»: the card fields a bailiff may correct. */
export type CardEdit = {
  claimEssence?: string | undefined; issuingBody?: string | undefined; documentType?: string | undefined; documentNumber?: string | undefined;
  issueDate?: string | undefined; entryIntoForceDate?: string | undefined; receivedFrom?: string | undefined; copyNumber?: string | undefined;
  subcategory?: string | undefined; senderDocumentDate?: string | undefined; senderOutgoingNumber?: string | undefined;
  signerName?: string | undefined; claimFiledBy?: 'individual' | 'legal_entity' | undefined; solidaryLiability?: boolean | undefined;
  trustedPerson?: boolean | undefined;
};

const COLUMN: Readonly<Record<keyof CardEdit, string>> = {
  claimEssence: 'claim_essence', issuingBody: 'issuing_body', documentType: 'document_type', documentNumber: 'document_number',
  issueDate: 'issue_date', entryIntoForceDate: 'entry_into_force_date', receivedFrom: 'received_from', copyNumber: 'copy_number',
  subcategory: 'subcategory', senderDocumentDate: 'sender_document_date', senderOutgoingNumber: 'sender_outgoing_number',
  signerName: 'signer_name', claimFiledBy: 'claim_filed_by', solidaryLiability: 'solidary_liability', trustedPerson: 'trusted_person',
};

/**
 * What the court signed cannot be corrected here (SIG-5: a signed act is not
 * edited): for an electronic writ only our own registration details change.
 */
const COURT_EDITABLE: ReadonlySet<keyof CardEdit> = new Set(['receivedFrom', 'copyNumber', 'senderDocumentDate', 'senderOutgoingNumber', 'trustedPerson']);

type DocRow = Record<string, unknown> & { source: 'manual' | 'court' | 'erap'; registration_date: string; amount: string; currency: string;
  exchange_rate: string | null; exchange_rate_date: string | null; category_code: string };

/**
 * ENF-10: the assigned bailiff corrects the card while the proceeding is
 * open. The dates are checked again (issue ≤ entry into force ≤
 * registration); every change is journalled with its old and new value; the
 * version moves, so a resolution generated from the old card can no longer
 * be signed.
 */
export async function editExecutiveDocument(
  deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor, proceedingId: string, edit: CardEdit,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const row = await requireProceedingRow(tx, proceedingId, true);
    authorizeProceeding(subject, row, 'proceeding.act');
    if (!['registered', 'initiated', 'suspended'].includes(row.status)) throw new DomainError(ErrorCode.transitionForbidden, { from: row.status, action: 'edit' });
    const doc = (await tx.query<DocRow>(
      `SELECT *, issue_date::text, entry_into_force_date::text, registration_date::text, sender_document_date::text, exchange_rate_date::text
         FROM executive_documents WHERE id = $1`, [row.executive_document_id])).rows[0]!;
    const keys = (Object.keys(edit) as (keyof CardEdit)[]).filter((k) => edit[k] !== undefined && k in COLUMN);
    const refused = doc.source === 'court' ? keys.filter((k) => !COURT_EDITABLE.has(k)) : [];
    if (refused.length > 0) throw new DomainError(ErrorCode.forbidden, { fields: refused, reason: 'signed_by_court' });
    const merged = Object.fromEntries(Object.entries(COLUMN).map(([k, column]) => [k, edit[k as keyof CardEdit] ?? doc[column]]));
    const validation = validateExecutiveDocumentCard({
      registrationDate: doc.registration_date, arrivalOrder: 'first', claimEssence: String(merged.claimEssence ?? ''),
      issueDate: String(merged.issueDate ?? ''), issuingBody: String(merged.issuingBody ?? ''), documentType: String(merged.documentType ?? ''),
      documentNumber: String(merged.documentNumber ?? ''), entryIntoForceDate: String(merged.entryIntoForceDate ?? ''), categoryCode: doc.category_code,
      amount: doc.amount, currency: doc.currency, ...(doc.exchange_rate ? { exchangeRate: doc.exchange_rate } : {}),
      ...(doc.exchange_rate_date ? { exchangeRateDate: doc.exchange_rate_date } : {}), solidaryLiability: Boolean(merged.solidaryLiability),
      parties: [],
    });
    // Parties are not edited here: only the card's own rules apply.
    const errors = validation.ok ? [] : validation.errors.filter((e) => !e.field.startsWith('parties'));
    if (errors.length > 0) throw new DomainError(ErrorCode.cardInvalid, { fields: errors });
    if (edit.senderDocumentDate !== undefined && edit.senderDocumentDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(edit.senderDocumentDate)) {
      throw new DomainError(ErrorCode.cardInvalid, { fields: [{ field: 'senderDocumentDate', code: 'card.date_invalid', message: CARD_ERROR_MESSAGES['card.date_invalid'] }] });
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of keys) {
      const before = doc[COLUMN[key]] ?? null;
      const after = edit[key] === '' ? null : edit[key];
      if (String(before) !== String(after)) changes[key] = { from: before, to: after };
    }
    if (Object.keys(changes).length === 0) return;
    const sets = Object.keys(changes).map((k, i) => `${COLUMN[k as keyof CardEdit]} = $${i + 2}`);
    await tx.query(`UPDATE executive_documents SET ${sets.join(', ')} WHERE id = $1`,
      [row.executive_document_id, ...Object.values(changes).map((c) => c.to)]);
    await tx.query('UPDATE proceedings SET version = version + 1, changed_at = greatest(changed_at, $2) WHERE id = $1', [row.id, now.toISOString()]);
    tx.journal({ at: now, actor, action: 'enforcement.card_edited', objectType: 'proceeding', objectId: row.id, details: { changes } });
  });
}
