import type { CaseArchiveView } from '@oryndau/contracts';
import type { Sql } from '@oryndau/db';
import { findDocument, listSignaturesOfDocuments } from '@oryndau/db';
import { can, courts } from '@oryndau/domain';
import type { Subject } from '@oryndau/domain';
import { courtToday } from '../court-time';
import type { ArchiveCase } from './archive-access';
import { sourceName } from './archive-sources';

const STATUS_NAMES = {
  none: { kk: 'Мұрағатқа тапсыру мерзімі әлі келген жоқ', ru: 'Срок передачи в архив ещё не наступил' },
  due: { kk: 'Мұрағатқа тапсыру керек', ru: 'Подлежит передаче в архив' },
  inventory_prepared: { kk: 'Тізімдеме судьяның қолтаңбасын күтуде', ru: 'Опись ожидает подписи судьи' },
  archived: { kk: 'Мұрағатта', ru: 'В архиве' },
} as const;

export const archiveStatusName = (status: keyof typeof STATUS_NAMES) => STATUS_NAMES[status];

/**
 * FILE-17: a case's archive as its reader sees it — where it stands on its
 * way (due, inventory awaiting the judge, archived), the handover day and
 * whether it is overdue, the inventory's entries with hashes and
 * signatures, the retention period (data, with its source, marked when
 * unconfirmed) and what this reader may do.
 */
export async function caseArchiveView(sql: Sql, subject: Subject, found: ArchiveCase, now: Date): Promise<CaseArchiveView> {
  const { archive, details, court, resource } = found;
  const caseId = details.courtCase.id;
  const base = `/api/court-cases/${caseId}/archive`;
  const archived = archive?.status === 'archived';
  const inventoryDocument = archive?.inventoryDocumentId ? await findDocument(sql, archive.inventoryDocumentId) : null;
  const inventory = inventoryDocument ? courts.parseArchiveInventory(inventoryDocument.content) : null;
  const [signature] = archived && archive.signatureId && inventoryDocument
    ? (await listSignaturesOfDocuments(sql, [inventoryDocument.id])).filter((s) => s.id === archive.signatureId) : [];
  const rule = archive?.retention ? courts.RETENTION_RULES.find((r) => r.id === archive.retention!.rule) ?? null : null;
  return {
    caseId, caseNumber: details.courtCase.number, status: archive?.status ?? null, statusName: archiveStatusName(archive?.status ?? 'none'),
    version: archive?.version ?? null, inForceOn: archive?.inForceOn ?? null, dueOn: archive?.dueOn ?? null,
    overdue: archive ? courts.isArchiveHandoverOverdue(archive.dueOn, courtToday(now, court.timeZone), archived) : false,
    inventory: inventory && archive?.inventoryDocumentId && archive.inventorySha256 && archive.preparedAt ? {
      documentId: archive.inventoryDocumentId, sha256: archive.inventorySha256, preparedAt: archive.preparedAt.toISOString(),
      entries: inventory.entries.map((e) => ({
        position: e.position, source: e.source, sourceName: sourceName(e.source), title: e.title, fileName: e.fileName, mediaType: e.mediaType,
        sha256: e.sha256, size: e.size,
        signatures: e.signatures.map((s) => ({ id: s.id, signerName: s.signerName, signedAt: s.signedAt, algorithm: s.algorithm })),
        downloadUrl: archived ? `${base}/entries/${e.position}` : null, paperCopyUrl: archived ? `${base}/entries/${e.position}/copy.pdf` : null,
      })),
    } : null,
    archivedAt: archive?.archivedAt?.toISOString() ?? null,
    signedBy: signature?.signerName ?? null,
    retention: archived && archive.retention && archive.archivedAt ? {
      years: archive.retention.years,
      until: courts.retentionUntil(courtToday(archive.archivedAt, court.timeZone), archive.retention.years),
      ruleName: rule?.name ?? { kk: archive.retention.rule, ru: archive.retention.rule }, confirmed: archive.retention.confirmed,
      source: rule?.source ?? '',
    } : null,
    may: {
      prepare: archive !== null && !archived && can(subject, 'courts.archive.prepare', { courtId: court.id }),
      sign: archive?.status === 'inventory_prepared' && can(subject, 'courts.archive.sign', resource),
      export: archived,
    },
    exportUrl: archived ? `${base}/export` : null,
    verificationUrl: archived ? `${base}/verification` : null,
  };
}
