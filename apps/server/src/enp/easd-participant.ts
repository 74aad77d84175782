import { createHash } from 'node:crypto';
import type { EnpCaseResponse, EnpDocument } from '@oryndau/contracts';
import type { Database, EnpAccessRecord } from '@oryndau/db';
import { DomainError, ErrorCode, courts, enp } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { regionById } from '@oryndau/kz';
import type { Locale } from '@oryndau/kz';
import { loadEasdCase, visibleEasdScans } from './easd-case';
import type { EasdDeps, EasdScan } from './easd-case';
import { participantActor } from './participant-actor';

// ENP-10: the participant's view of an old case of the archive system ЭАСД —
// the same page as a court case of ours (number, court, participants by
// category, course, documents oldest first), archived; its scans come from
// the archive adapter, each checked against its SHA-256.

export type EasdParticipantDeps = EasdDeps & { db: Database; clock: Clock };

const toPortalScan = (s: EasdScan, locale: Locale): EnpDocument => ({
  id: s.id, kind: 'easd_scan', kindName: enp.ENP_DOCUMENT_KIND_TEXTS.easd_scan, title: s.title[locale], date: s.date, size: s.size,
  mediaType: s.mediaType, downloadUrl: `/api/enp/case/documents/${encodeURIComponent(s.id)}`, verifyUrl: null,
});

export async function easdParticipantCase(deps: EasdParticipantDeps, access: EnpAccessRecord, archiveId: string, locale: Locale,
  request: { id: string; address: string }): Promise<EnpCaseResponse> {
  const data = await loadEasdCase(deps, archiveId).catch((error: unknown) => {
    // The package gone from the archive: the session's case no longer exists (as for a court case of ours).
    if (error instanceof DomainError && error.code === ErrorCode.notFound) throw new DomainError(ErrorCode.enpSignedOut);
    throw error;
  });
  const { info, court, pkg } = data;
  const documents = await visibleEasdScans(deps.db, data, access.category);
  const order = courts.participantCategoriesFor(info.form);
  const participants = order.flatMap((category) => {
    const names = info.participants.filter((p) => p.category === category).map((p) => p.name);
    return names.length > 0 ? [{ category, categoryName: courts.PARTICIPANT_CATEGORY_TEXTS[category], names }] : [];
  });
  const registeredOn = info.registeredOn ?? pkg.depositedAt.slice(0, 10);
  const region = regionById(court.regionId);
  await deps.db.transaction(async (tx) => {
    tx.journal({ at: deps.clock.now(), actor: participantActor(access, request.id, request.address), action: 'enp.case_viewed',
      objectType: 'easd_case', objectId: pkg.archiveId, subjectIin: access.iin,
      details: { accessId: access.id, category: access.category, caseNumber: pkg.caseNumber, documents: documents.length, source: 'easd' } });
  });
  return {
    case: {
      number: pkg.caseNumber, registeredOn, form: info.form, formName: courts.CASE_FORM_TEXTS[info.form],
      instance: info.instance, instanceName: courts.INSTANCE_TEXTS[info.instance],
      region: region ? { kk: region.name.kk, ru: region.name.ru } : { kk: court.regionId, ru: court.regionId },
      court: court.name, statusName: enp.EASD_STATUS_TEXT, archived: true,
    },
    me: { fullName: access.fullName, category: access.category, categoryName: courts.PARTICIPANT_CATEGORY_TEXTS[access.category] },
    participants,
    // What the package tells of the course: the registration, then the handover to the archive.
    course: [{ date: registeredOn, kind: 'registered', name: courts.CASE_EVENT_TEXTS.registered },
      { date: pkg.depositedAt.slice(0, 10), kind: 'archived', name: courts.CASE_EVENT_TEXTS.archived }],
    documents: documents.map((s) => toPortalScan(s, locale)),
  };
}

/** One scan of the participant's ЭАСД case: only one their view lists (matrix, blocks), its bytes checked against the archive's SHA-256. */
export async function easdParticipantDownload(deps: EasdParticipantDeps, access: EnpAccessRecord, archiveId: string, documentId: string,
  request: { id: string; address: string }): Promise<{ bytes: Uint8Array; mediaType: string; fileName: string }> {
  const data = await loadEasdCase(deps, archiveId);
  const scan = (await visibleEasdScans(deps.db, data, access.category)).find((s) => s.id === documentId);
  if (!scan) throw new DomainError(ErrorCode.notFound);
  // The adapter checked it on arrival; checked again here, where the bytes leave us (a changed file is never served as the original).
  if (createHash('sha256').update(scan.content).digest('hex') !== scan.sha256) throw new DomainError(ErrorCode.externalUnavailable, { system: 'ЭАСД' });
  await deps.db.transaction(async (tx) => {
    tx.journal({ at: deps.clock.now(), actor: participantActor(access, request.id, request.address), action: 'enp.document_downloaded',
      objectType: 'easd_case', objectId: archiveId, subjectIin: access.iin,
      details: { accessId: access.id, category: access.category, documentId, documentTitle: scan.title.ru, kind: 'easd_scan', sha256: scan.sha256 } });
  });
  return { bytes: scan.content, mediaType: scan.mediaType, fileName: scan.fileName };
}
