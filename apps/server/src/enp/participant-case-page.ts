import { enpCaseResponse } from '@oryndau/contracts';
import type { EnpCaseResponse } from '@oryndau/contracts';
import type { Database, Sql } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import type { Locale } from '@oryndau/kz';
import type { FastifyRequest } from 'fastify';
import { EnpPageCache } from './case-page-cache';
import type { EasdDeps } from './easd-case';
import type { EnpSessionPolicy } from './enp-session';
import { requireEnpCaseView, requireEnpPageVersion } from './enp-session';
import { journalCaseViewed, participantCase, participantMe, renderParticipantCase } from './participant-case';

export type ParticipantCasePageDeps = {
  db: Database; clock: Clock; adapters?: EasdDeps['adapters'] | undefined; policy: EnpSessionPolicy; cache: EnpPageCache;
  /** Issue 18 item 6: where this request's session-and-view read goes (the replica, or the primary); absent = the primary. */
  reads?: ((request: FastifyRequest) => Sql) | undefined;
};

/**
 * ENP-4, GET /api/enp/case (bench:enp: the portal's most frequent request).
 * With the cache: one cheap statement checks the session (live, not expired,
 * its access not replaced — every time, cached or not) and reads the
 * content version of its case's page; a cached page of exactly that version
 * (case, category, locale) is answered as the JSON text it was validated as,
 * with the participant's own part put in. Otherwise the view is read in one
 * statement with the version it is of, rendered, validated against the
 * response schema and kept. ENP-11: either way the view's journal entry
 * commits before the answer. An ЭАСД case is never cached (its pages come
 * from the archive system). Returns the JSON text, or (ЭАСД) the response
 * for the route's serialiser.
 */
export async function participantCasePage(deps: ParticipantCasePageDeps, request: FastifyRequest, locale: Locale)
  : Promise<{ json: string } | { body: EnpCaseResponse }> {
  const seen = { id: request.id, address: request.ip };
  // The page's reads may come from the replica; its journal entry (ENP-11) always commits on the primary (deps.db).
  const reading = { ...deps, reads: deps.reads?.(request) };
  if (deps.cache.enabled) {
    const { access, pageVersion } = await requireEnpPageVersion(reading, request);
    if (access.caseId === null) return { body: await participantCase(deps, access, null, locale, seen) };
    const hit = pageVersion === null ? null : deps.cache.get(EnpPageCache.key(access.caseId, access.category, locale), pageVersion);
    if (hit) {
      const me = JSON.stringify(enpCaseResponse.shape.me.parse(participantMe(access)));
      await journalCaseViewed(deps, access, hit, seen);
      return { json: hit.head + me + hit.tail };
    }
  }
  // No usable copy: the session is checked again with the full view (it may have ended or been replaced meanwhile).
  const { access, view, pageVersion } = await requireEnpCaseView(reading, request);
  if (access.caseId === null) return { body: await participantCase(deps, access, null, locale, seen) };
  if (!view) throw new DomainError(ErrorCode.enpSignedOut);
  const page = enpCaseResponse.parse(renderParticipantCase(access, view, locale));
  const entry = {
    version: pageVersion ?? '', caseId: view.caseId, caseNumber: view.number, documents: view.documents.length,
    head: `{"case":${JSON.stringify(page.case)},"me":`,
    tail: `,"participants":${JSON.stringify(page.participants)},"course":${JSON.stringify(page.course)},"documents":${JSON.stringify(page.documents)}}`,
  };
  if (pageVersion !== null) deps.cache.set(EnpPageCache.key(access.caseId, access.category, locale), entry);
  await journalCaseViewed(deps, access, entry, seen);
  return { json: entry.head + JSON.stringify(page.me) + entry.tail };
}
