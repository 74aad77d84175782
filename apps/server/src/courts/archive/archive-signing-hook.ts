import { randomUUID } from 'node:crypto';
import type { Sql } from '@oryndau/db';
import { addCaseEvent, findCaseArchive, findCaseArchiveByInventory, findCourtCase, insertArchiveItems, markCaseArchived } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import type { DocumentSigningHook } from '../../signing/sign-document';
import type { StoredDocument } from '../../signing/documents';
import { courtToday } from '../court-time';
import { applyCaseAction } from '../course/apply-case-action';
import { loadArchiveCase } from './archive-access';
import { ARCHIVE_SOURCES, gatherInventoryEntries } from './archive-sources';

/** The case an inventory document belongs to, with its archive row — only while that document is the current inventory. */
async function caseOfInventory(sql: Sql, document: StoredDocument) {
  const archive = await findCaseArchiveByInventory(sql, document.id);
  return archive ? loadArchiveCase(sql, archive.caseId) : null;
}

/**
 * FILE-17, §62: the inventory is read by whoever may read the case's
 * archive and signed by a judge of the case while it is the prepared one.
 * The judge's valid signature archives the case in the signature's
 * transaction: the case still holds exactly what the inventory lists
 * (else a 409, nothing stored), the retention period is fixed from the
 * case's form and category, the listed files and documents become
 * protected rows (0017's triggers), the course gets «archived», journalled.
 */
export const archiveInventoryHook: DocumentSigningHook = {
  async mayRead(sql, subject: Subject, document) {
    const found = await caseOfInventory(sql, document);
    return found !== null && can(subject, 'courts.archive.read', found.resource);
  },
  async maySign(sql, subject: Subject, document) {
    const found = await caseOfInventory(sql, document);
    return found !== null && found.archive?.status === 'inventory_prepared' && found.archive.inventoryDocumentId === document.id
      && can(subject, 'courts.archive.sign', found.resource);
  },
  async lockOwner(tx, document) {
    const archive = await findCaseArchiveByInventory(tx, document.id);
    if (!archive) return;
    await findCourtCase(tx, archive.caseId, { lock: true });
    await findCaseArchive(tx, archive.caseId, { lock: true });
  },
  async onSigned(tx, { subject, actor, document, signatureId, now }) {
    const found = await caseOfInventory(tx, document);
    if (!found?.archive) throw new DomainError(ErrorCode.notFound);
    const { archive, details, court } = found;
    if (archive.status === 'archived') throw new DomainError(ErrorCode.archiveAlready);
    if (archive.inventoryDocumentId !== document.id || !can(subject, 'courts.archive.sign', found.resource)) {
      throw new DomainError(ErrorCode.courtsVersionConflict);
    }
    const inventory = courts.parseArchiveInventory(document.content);
    if (!inventory) throw new DomainError(ErrorCode.archiveInventoryStale);
    // The signature itself is over the inventory, so it is not yet among the case's; everything else must be as listed.
    const current = (await gatherInventoryEntries(tx, details.courtCase.id, ARCHIVE_SOURCES)).filter((e) => e.documentId !== document.id);
    if (!courts.inventoryMatches(inventory, current)) throw new DomainError(ErrorCode.archiveInventoryStale);
    const rule = courts.retentionRuleFor(details.courtCase.form, details.courtCase.category);
    const retention = { years: rule.years, rule: rule.id, confirmed: rule.confirmed };
    if (!(await markCaseArchived(tx, archive.caseId, archive.version, { signatureId, retention }, now))) {
      throw new DomainError(ErrorCode.courtsVersionConflict);
    }
    await insertArchiveItems(tx, inventory.entries.map((e) => ({ caseId: archive.caseId, position: e.position, source: e.source, title: e.title,
      sha256: e.sha256, fileId: e.fileId, documentId: e.documentId })));
    await addCaseEvent(tx, { id: randomUUID(), caseId: archive.caseId, kind: 'archived', occurredAt: now, localDate: courtToday(now, court.timeZone),
      details: { inventoryDocumentId: document.id, signatureId, retentionYears: rule.years, retentionRule: rule.id }, actorUserId: subject.id });
    tx.journal({ at: now, actor, action: 'court_case.archived', objectType: 'court_case', objectId: archive.caseId,
      details: { inventoryDocumentId: document.id, inventorySha256: document.contentHash, signatureId, entries: inventory.entries.length,
        retention: { ...retention, unconfirmed: !rule.confirmed } } });
    // Issue 15 «course of the case»: a decided case is closed once archived (its row is locked by lockOwner, before the archive's).
    const k = await findCourtCase(tx, archive.caseId, { lock: true });
    if (k?.status === 'decided') {
      await applyCaseAction(tx, { courtCase: k, command: { action: 'close' }, now, timeZone: court.timeZone, actorUserId: subject.id,
        details: { inventoryDocumentId: document.id } });
      tx.journal({ at: now, actor, action: 'courts.case_moved', objectType: 'court_case', objectId: k.id,
        details: { action: 'close', from: 'decided', to: 'closed', automatic: true } });
    }
  },
};
