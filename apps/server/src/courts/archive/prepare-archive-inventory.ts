import { randomUUID } from 'node:crypto';
import type { Database, JournalActor } from '@oryndau/db';
import { addCaseEvent, findCaseArchive, findCourtCase, findUserName, saveArchiveInventory } from '@oryndau/db';
import { DomainError, ErrorCode, can, courts } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import { createDocument } from '../../signing/documents';
import { courtToday } from '../court-time';
import { loadArchiveCase } from './archive-access';
import { ARCHIVE_SOURCES, gatherInventoryEntries } from './archive-sources';
import type { ArchiveSource } from './archive-sources';

export const ARCHIVE_INVENTORY_TITLE = { kk: 'Мұрағатқа тапсырылатын іс құжаттарының тізімдемесі', ru: 'Опись документов дела, передаваемого в архив' };

/**
 * FILE-17, seed 003 §62: the court secretary prepares the case's inventory —
 * every document of the case from every source, each with its SHA-256 and
 * the signatures over it — as canonical JSON stored once as a
 * 'court.archive_inventory' document, for the case's judge to sign. The
 * case must be due (its handover deadline fired) and not archived; the
 * secretary's view of the archive row is checked by version (a colleague
 * who prepared it meanwhile is a 409). Preparing again (a document came in
 * since) replaces the unsigned inventory with a new document.
 */
export async function prepareArchiveInventory(
  deps: { db: Database; clock: Clock; sources?: readonly ArchiveSource[] }, subject: Subject, actor: JournalActor,
  caseId: string, body: { version: number | null },
): Promise<{ documentId: string; version: number }> {
  const found = await loadArchiveCase(deps.db, caseId);
  if (!found || !can(subject, 'courts.archive.read', found.resource)) throw new DomainError(ErrorCode.notFound);
  if (!can(subject, 'courts.archive.prepare', { courtId: found.court.id })) throw new DomainError(ErrorCode.forbidden);
  const now = deps.clock.now();
  const preparedBy = { userId: subject.id, name: (await findUserName(deps.db, subject.id)) ?? '' };
  return deps.db.transaction(async (tx) => {
    // Lock order: the case first, then its archive row, the journal last.
    const courtCase = await findCourtCase(tx, caseId, { lock: true });
    const archive = await findCaseArchive(tx, caseId, { lock: true });
    if (!courtCase || !archive) throw new DomainError(ErrorCode.archiveNotDue);
    if (archive.status === 'archived') throw new DomainError(ErrorCode.archiveAlready);
    if (body.version !== archive.version) throw new DomainError(ErrorCode.courtsVersionConflict);
    const rule = courts.retentionRuleFor(courtCase.form, courtCase.category);
    const inventory = courts.buildArchiveInventory({
      case: { id: courtCase.id, number: courtCase.number, court: { id: found.court.id, name: found.court.name }, form: courtCase.form,
        category: courtCase.category },
      inForceOn: archive.inForceOn, preparedAt: now.toISOString(), preparedBy,
      retention: { years: rule.years, rule: rule.id, confirmed: rule.confirmed },
      entries: await gatherInventoryEntries(tx, caseId, deps.sources ?? ARCHIVE_SOURCES),
    });
    const document = await createDocument(tx, { kind: 'court.archive_inventory', title: ARCHIVE_INVENTORY_TITLE, mediaType: 'application/json',
      content: courts.archiveInventoryBytes(inventory), createdBy: subject.id }, now);
    if (!(await saveArchiveInventory(tx, caseId, archive.version, { documentId: document.id, sha256: document.contentHash, preparedBy: subject.id }, now))) {
      throw new DomainError(ErrorCode.courtsVersionConflict);
    }
    await addCaseEvent(tx, { id: randomUUID(), caseId, kind: 'handed_to_archive', occurredAt: now, localDate: courtToday(now, found.court.timeZone),
      details: { inventoryDocumentId: document.id, entries: inventory.entries.length }, actorUserId: subject.id });
    tx.journal({ at: now, actor, action: 'court_case.archive_inventory_prepared', objectType: 'court_case', objectId: caseId,
      details: { documentId: document.id, sha256: document.contentHash, entries: inventory.entries.length, retentionRule: rule.id } });
    return { documentId: document.id, version: archive.version + 1 };
  });
}
