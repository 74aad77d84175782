import { randomUUID } from 'node:crypto';
import type { EnpAccess, EnpEasdCaseResponse } from '@oryndau/contracts';
import type { Database, EnpAccessRecord, JournalActor } from '@oryndau/db';
import { endEasdBlock, insertEasdBlock, listEasdBlocks, listEnpEasdAccesses, lockEasdCase } from '@oryndau/db';
import { DomainError, ErrorCode, courts, enp } from '@oryndau/domain';
import type { Clock, Subject } from '@oryndau/domain';
import type { Locale } from '@oryndau/kz';
import { loadEasdOfficeCase } from './easd-case';
import type { EasdDeps } from './easd-case';

// ENP-10 with ENP-1, ENP-5: the court office's ЭНП section for an old case of
// the archive system ЭАСД — the case as its package describes it, its scans
// with their blocks, the passwords issued; and blocking a single scan.

export const toAccessView = (a: EnpAccessRecord): EnpAccess => ({
  id: a.id, iin: a.iin, fullName: a.fullName, category: a.category, categoryName: courts.PARTICIPANT_CATEGORY_TEXTS[a.category],
  appliedOn: a.appliedOn, email: a.email, representedEntity: a.representedEntity, channel: a.channel, issuedAt: a.issuedAt.toISOString(),
  issuedByName: a.issuedByName, replacedAt: a.replacedAt?.toISOString() ?? null,
});

export async function easdOfficeCase(deps: EasdDeps & { db: Database }, subject: Subject, archiveId: string, locale: Locale): Promise<EnpEasdCaseResponse> {
  const data = await loadEasdOfficeCase(deps, subject, archiveId, 'enp.access.list');
  const blocks = new Map((await listEasdBlocks(deps.db, data.pkg.archiveId)).map((b) => [b.documentId, b]));
  const accesses = await listEnpEasdAccesses(deps.db, data.pkg.archiveId);
  return {
    archiveId: data.pkg.archiveId, caseNumber: data.pkg.caseNumber, court: data.court.name, formName: courts.CASE_FORM_TEXTS[data.info.form],
    registeredOn: data.info.registeredOn,
    participants: data.info.participants.map((p) => ({ ...p, categoryName: courts.PARTICIPANT_CATEGORY_TEXTS[p.category] })),
    documents: data.scans.map((s) => {
      const block = blocks.get(s.id);
      return { id: s.id, kind: 'easd_scan', kindName: enp.ENP_DOCUMENT_KIND_TEXTS.easd_scan, title: s.title[locale], date: s.date, size: s.size,
        mediaType: s.mediaType, verifyUrl: null,
        block: block ? { reason: block.reason, blockedAt: block.blockedAt.toISOString(), blockedByName: block.blockedByName } : null };
    }),
    accesses: accesses.map(toAccessView),
  };
}

/**
 * ENP-5 for ЭАСД: block one scan from the portal (or open it again), with
 * the reason, journalled; the archive id's lock first. A second block of a
 * blocked scan (or unblocking an open one) is 409 enp.block_state.
 */
export async function setEasdBlock(deps: EasdDeps & { db: Database; clock: Clock }, subject: Subject, actor: JournalActor,
  input: { archiveId: string; documentId: string; reason: string; blocked: boolean }): Promise<void> {
  const data = await loadEasdOfficeCase(deps, subject, input.archiveId, 'enp.document.block');
  const scan = data.scans.find((s) => s.id === input.documentId);
  if (!scan) throw new DomainError(ErrorCode.notFound);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await lockEasdCase(tx, data.pkg.archiveId);
    const change = { archiveId: data.pkg.archiveId, documentId: scan.id, reason: input.reason, by: subject.id, at: now };
    const changed = input.blocked ? await insertEasdBlock(tx, { id: randomUUID(), ...change }) : await endEasdBlock(tx, change);
    if (!changed) throw new DomainError(ErrorCode.enpBlockState);
    tx.journal({ at: now, actor, action: input.blocked ? 'enp.document_blocked' : 'enp.document_unblocked', objectType: 'easd_case',
      objectId: data.pkg.archiveId, details: { caseNumber: data.pkg.caseNumber, documentId: scan.id, documentTitle: scan.title.ru, kind: 'easd_scan',
        reason: input.reason } });
  });
}
