import { randomUUID } from 'node:crypto';
import type { EnpStaffDocument } from '@oryndau/contracts';
import type { Database, EnpDocumentRow, JournalActor } from '@oryndau/db';
import { endEnpBlock, insertEnpBlock, listEnpCaseDocumentsForStaff } from '@oryndau/db';
import { DomainError, ErrorCode, enp } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import type { Locale } from '@oryndau/kz';
import { toPortalDocument } from './participant-case';
import { loadOfficeCase } from './office-case';

const toStaffDocument = (row: EnpDocumentRow, locale: Locale): EnpStaffDocument => {
  const { downloadUrl: _url, ...portal } = toPortalDocument(row, locale);
  return { ...portal, block: row.block ? { reason: row.block.reason, blockedAt: row.block.blockedAt.toISOString(), blockedByName: row.block.blockedByName } : null };
};

/** ENP-5: the case's documents as the portal names them, each with its open block — the staff's list. */
export async function staffDocuments(db: Database, subject: Subject, caseId: string, locale: Locale): Promise<{ items: EnpStaffDocument[] }> {
  await loadOfficeCase(db, subject, caseId, 'enp.document.block');
  return { items: (await listEnpCaseDocumentsForStaff(db, caseId)).map((r) => toStaffDocument(r, locale)) };
}

/**
 * ENP-5: block one document of the case from the portal (or open it
 * again), with the reason, journalled. The case's row is locked first;
 * the block's open-row unique index makes a second block of the same
 * document a clear 409 enp.block_state, never a duplicate.
 */
export async function setDocumentBlock(deps: { db: Database; clock: Clock }, subject: Subject, actor: JournalActor,
  input: { caseId: string; documentId: string; reason: string; blocked: boolean }): Promise<void> {
  if (!enp.parseEnpDocumentId(input.documentId)) throw new DomainError(ErrorCode.notFound);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const { courtCase } = await loadOfficeCase(tx, subject, input.caseId, 'enp.document.block', { lock: true });
    const documents = await listEnpCaseDocumentsForStaff(tx, input.caseId);
    const document = documents.find((d) => d.id === input.documentId);
    if (!document) throw new DomainError(ErrorCode.notFound);
    const changed = input.blocked
      ? await insertEnpBlock(tx, { id: randomUUID(), caseId: input.caseId, documentId: input.documentId, reason: input.reason, by: subject.id, at: now })
      : await endEnpBlock(tx, { caseId: input.caseId, documentId: input.documentId, liveId: document.liveId, reason: input.reason, by: subject.id, at: now });
    if (!changed) throw new DomainError(ErrorCode.enpBlockState);
    tx.journal({ at: now, actor, action: input.blocked ? 'enp.document_blocked' : 'enp.document_unblocked', objectType: 'court_case',
      objectId: input.caseId, details: { caseNumber: courtCase.number, documentId: input.documentId, documentTitle: document.title.ru,
        kind: document.kind, reason: input.reason } });
  });
}
