import type { EnpCaseResponse, EnpDocument } from '@oryndau/contracts';
import type { Database, EnpAccessRecord, EnpCaseView, EnpDocumentRow, JournalRecord } from '@oryndau/db';
import { DomainError, ErrorCode, courts, enp } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { regionById } from '@oryndau/kz';
import type { Locale } from '@oryndau/kz';
import { MEDIA_TYPE_OF_KIND } from '../courts/file-store';
import { easdParticipantCase } from './easd-participant';
import type { EasdDeps } from './easd-case';
import { participantActor } from './participant-actor';

export { participantActor } from './participant-actor';

export const toPortalDocument = (row: EnpDocumentRow, locale: Locale): EnpDocument => ({
  id: row.id,
  kind: row.kind,
  kindName: enp.isEnpDocumentKind(row.kind) ? enp.ENP_DOCUMENT_KIND_TEXTS[row.kind] : { kk: row.kind, ru: row.kind },
  title: row.title[locale],
  date: row.localDate,
  size: row.size,
  mediaType: row.mediaType ?? MEDIA_TYPE_OF_KIND[row.fileKind ?? ''] ?? 'application/octet-stream',
  downloadUrl: `/api/enp/case/documents/${encodeURIComponent(row.id)}`,
  verifyUrl: row.verifyDocumentId ? `/verify/${row.verifyDocumentId}` : null,
});

/**
 * ENP-4: the participant's case — its particulars, the participants by
 * category (in the category order of the case's form), the course oldest
 * first, and the documents the matrix and the blocks leave, oldest first —
 * all read with the session by one SQL statement (requireEnpCaseView →
 * findEnpSessionCaseView), or, for a case of ours, taken from the page cache
 * (participant-case-page.ts). ENP-11: the view is journalled with who (IIN,
 * category), the case, when and from where.
 */
export async function participantCase(deps: { db: Database; clock: Clock; adapters?: EasdDeps['adapters'] | undefined }, access: EnpAccessRecord,
  view: EnpCaseView | null, locale: Locale, request: { id: string; address: string }): Promise<EnpCaseResponse> {
  if (access.caseId === null) {
    // ENP-10: an old case of the archive system ЭАСД.
    if (!deps.adapters) throw new DomainError(ErrorCode.externalUnavailable, { system: 'ЭАСД' });
    return easdParticipantCase({ db: deps.db, clock: deps.clock, adapters: deps.adapters }, access, access.easdArchiveId ?? '', locale, request);
  }
  if (!view) throw new DomainError(ErrorCode.enpSignedOut);
  const page = renderParticipantCase(access, view, locale);
  await journalCaseViewed(deps, access, { caseId: view.caseId, caseNumber: view.number, documents: view.documents.length }, request);
  return page;
}

/** ENP-11: the view's journal entry, committed before the page is answered (as for a page taken from the cache). */
export async function journalCaseViewed(deps: { db: Database; clock: Clock }, access: EnpAccessRecord,
  seen: { caseId: string; caseNumber: string; documents: number }, request: { id: string; address: string }): Promise<void> {
  await deps.db.transaction(async (tx) => {
    tx.journal(caseViewedRecord(deps.clock.now(), access, seen, request));
  });
}

/** The entry of one view of the case page (the same record whether the page was read or taken from the cache). */
export function caseViewedRecord(at: Date, access: EnpAccessRecord, seen: { caseId: string; caseNumber: string; documents: number },
  request: { id: string; address: string }): JournalRecord {
  return { at, actor: participantActor(access, request.id, request.address), action: 'enp.case_viewed',
    objectType: 'court_case', objectId: seen.caseId, subjectIin: access.iin,
    details: { accessId: access.id, category: access.category, caseNumber: seen.caseNumber, documents: seen.documents } };
}

/** The participant's own part of the page (not cached: one entry serves every participant of the category). */
export const participantMe = (access: EnpAccessRecord): EnpCaseResponse['me'] =>
  ({ fullName: access.fullName, category: access.category, categoryName: courts.PARTICIPANT_CATEGORY_TEXTS[access.category] });

/** The page of `view` as `access`'s participant sees it in `locale` (pure: what the cache keeps is this, validated). */
export function renderParticipantCase(access: EnpAccessRecord, view: EnpCaseView, locale: Locale): EnpCaseResponse {
  const order = [...courts.participantCategoriesFor(view.form), ...courts.PARTICIPANT_CATEGORIES];
  const groups = new Map<courts.ParticipantCategory, string[]>();
  for (const category of order) {
    const names = view.participants.filter((p) => p.category === category).map((p) => p.name);
    if (names.length > 0 && !groups.has(category)) groups.set(category, names);
  }
  const region = regionById(view.court.regionId);
  return {
    case: {
      number: view.number, registeredOn: view.registeredOn, form: view.form, formName: courts.CASE_FORM_TEXTS[view.form],
      instance: view.instance, instanceName: courts.INSTANCE_TEXTS[view.instance],
      region: region ? { kk: region.name.kk, ru: region.name.ru } : { kk: view.court.regionId, ru: view.court.regionId },
      court: view.court.name, statusName: courts.CASE_STATUS_TEXTS[view.status], archived: view.archived,
    },
    me: participantMe(access),
    participants: [...groups].map(([category, names]) => ({ category, categoryName: courts.PARTICIPANT_CATEGORY_TEXTS[category], names })),
    // Oldest first; events of one instant (registered, then the judge assigned) in the course's own order.
    course: [...view.events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()
      || courts.CASE_EVENT_KINDS.indexOf(a.kind) - courts.CASE_EVENT_KINDS.indexOf(b.kind))
      .map((e) => ({ date: e.localDate, kind: e.kind, name: courts.CASE_EVENT_TEXTS[e.kind] })),
    documents: view.documents.map((d) => toPortalDocument(d, locale)),
  };
}
