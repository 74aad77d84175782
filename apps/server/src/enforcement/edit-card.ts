import type { CardFieldValue, Database, EditableCardField, JournalActor } from '@oryndau/db';
import { EDITABLE_CARD_COLUMNS, bumpProceedingVersion, findExecutiveDocument, updateExecutiveDocumentCard } from '@oryndau/db';
import { CARD_ERROR_MESSAGES, DomainError, ErrorCode, validateExecutiveDocumentCard } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { authorizeProceeding } from './authorize';
import { requireProceeding } from './store';

/** ENF-10 «Редактировать»: the card fields a bailiff may correct. */
export type CardEdit = {
  claimEssence?: string | undefined; issuingBody?: string | undefined; issuingBodyKk?: string | undefined; documentType?: string | undefined; documentNumber?: string | undefined;
  issueDate?: string | undefined; entryIntoForceDate?: string | undefined; receivedFrom?: string | undefined; copyNumber?: string | undefined;
  subcategory?: string | undefined; senderDocumentDate?: string | undefined; senderOutgoingNumber?: string | undefined;
  signerName?: string | undefined; claimFiledBy?: 'individual' | 'legal_entity' | undefined; solidaryLiability?: boolean | undefined;
  trustedPerson?: boolean | undefined;
};

const isField = (key: string): key is EditableCardField => key in EDITABLE_CARD_COLUMNS;
const FIELDS: readonly EditableCardField[] = Object.keys(EDITABLE_CARD_COLUMNS).filter(isField);

/**
 * What the court signed cannot be corrected here (SIG-5: a signed act is not
 * edited): for an electronic writ only our own registration details change.
 */
const COURT_EDITABLE: ReadonlySet<keyof CardEdit> = new Set(['receivedFrom', 'copyNumber', 'senderDocumentDate', 'senderOutgoingNumber', 'trustedPerson']);

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
    const row = await requireProceeding(tx, proceedingId, true);
    authorizeProceeding(subject, row, 'proceeding.act');
    if (!['registered', 'initiated', 'suspended'].includes(row.status)) throw new DomainError(ErrorCode.transitionForbidden, { from: row.status, action: 'edit' });
    const doc = await findExecutiveDocument(tx, row.executiveDocumentId);
    if (!doc) throw new Error(`proceeding ${row.id}: executive document ${row.executiveDocumentId} is missing`);
    const keys = Object.keys(edit).filter(isField).filter((k) => edit[k] !== undefined);
    const refused = doc.source === 'court' ? keys.filter((k) => !COURT_EDITABLE.has(k)) : [];
    if (refused.length > 0) throw new DomainError(ErrorCode.forbidden, { fields: refused, reason: 'signed_by_court' });
    const merged = Object.fromEntries(FIELDS.map((k) => [k, edit[k] ?? doc[k]]));
    const validation = validateExecutiveDocumentCard({
      registrationDate: doc.registrationDate, arrivalOrder: 'first', claimEssence: String(merged.claimEssence ?? ''),
      issueDate: String(merged.issueDate ?? ''), issuingBody: String(merged.issuingBody ?? ''), documentType: String(merged.documentType ?? ''),
      documentNumber: String(merged.documentNumber ?? ''), entryIntoForceDate: String(merged.entryIntoForceDate ?? ''), categoryCode: doc.categoryCode,
      amount: doc.amount, currency: doc.currency, ...(doc.exchangeRate ? { exchangeRate: doc.exchangeRate } : {}),
      ...(doc.exchangeRateDate ? { exchangeRateDate: doc.exchangeRateDate } : {}), solidaryLiability: Boolean(merged.solidaryLiability),
      parties: [],
    });
    // Parties are not edited here: only the card's own rules apply.
    const errors = validation.ok ? [] : validation.errors.filter((e) => !e.field.startsWith('parties'));
    if (errors.length > 0) throw new DomainError(ErrorCode.cardInvalid, { fields: errors });
    if (edit.senderDocumentDate !== undefined && edit.senderDocumentDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(edit.senderDocumentDate)) {
      throw new DomainError(ErrorCode.cardInvalid, { fields: [{ field: 'senderDocumentDate', code: 'card.date_invalid', message: CARD_ERROR_MESSAGES['card.date_invalid'] }] });
    }
    const changes: Partial<Record<EditableCardField, { from: CardFieldValue; to: CardFieldValue }>> = {};
    const changed: Array<[EditableCardField, CardFieldValue]> = [];
    for (const key of keys) {
      const before = doc[key] ?? null;
      const after = edit[key] === '' ? null : edit[key] ?? null;
      if (String(before) !== String(after)) {
        changes[key] = { from: before, to: after };
        changed.push([key, after]);
      }
    }
    if (changed.length === 0) return;
    await updateExecutiveDocumentCard(tx, row.executiveDocumentId, changed);
    await bumpProceedingVersion(tx, row.id, now);
    tx.journal({ at: now, actor, action: 'enforcement.card_edited', objectType: 'proceeding', objectId: row.id, details: { changes } });
  });
}
