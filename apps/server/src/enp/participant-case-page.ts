import { enpCaseResponse } from '@oryndau/contracts';
import type { EnpCaseResponse } from '@oryndau/contracts';
import type { Database, EnpAccessRecord, GuardedJournalWriter, Sql } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import type { Locale } from '@oryndau/kz';
import type { FastifyRequest } from 'fastify';
import { EnpPageCache } from './case-page-cache';
import type { EnpSessionCache } from './case-page-cache';
import type { EasdDeps } from './easd-case';
import type { EnpSessionPolicy } from './enp-session';
import { TOUCH_AFTER_MS, enpTokenHashOf, requireEnpCaseView, requireEnpPageVersion } from './enp-session';
import { caseViewedRecord, journalCaseViewed, participantCase, participantMe, renderParticipantCase } from './participant-case';

export type ParticipantCasePageDeps = {
  db: Database; clock: Clock; adapters?: EasdDeps['adapters'] | undefined; policy: EnpSessionPolicy; cache: EnpPageCache;
  /** The sessions this process has checked, and the writer of the guarded view entries (the one-statement path, always the primary). */
  sessions: EnpSessionCache; views: GuardedJournalWriter;
  /** Issue 18 item 6: where this request's session-and-view read goes (the replica, or the primary); absent = the primary. */
  reads?: ((request: FastifyRequest) => Sql) | undefined;
};

/**
 * ENP-4, GET /api/enp/case (bench:enp: the portal's most frequent request).
 *
 * 1. A session this process has checked, and a cached page of its case:
 *    the view's journal entry is appended under a guard (one statement,
 *    batched with other requests': journal-guarded.ts) that holds only if
 *    the session is still live and the page still of the cached version;
 *    the page is answered when the entry committed. Nothing is read before.
 * 2. Otherwise, or when the guard did not hold: one cheap statement checks
 *    the session and reads the page's content version; a cached page of
 *    exactly that version is answered, the entry journalled as usual.
 * 3. No usable copy: the view is read with its version in one statement,
 *    rendered, validated against the response schema and kept.
 * ENP-11: in every case the view's journal entry commits before the answer.
 * An ЭАСД case is never cached (its pages come from the archive system).
 * Returns the JSON text, or (ЭАСД) the response for the route's serialiser.
 */
export async function participantCasePage(deps: ParticipantCasePageDeps, request: FastifyRequest, locale: Locale)
  : Promise<{ json: string } | { body: EnpCaseResponse }> {
  const seen = { id: request.id, address: request.ip };
  // The page's reads may come from the replica; its journal entry (ENP-11) always commits on the primary (deps.db).
  const reading = { ...deps, reads: deps.reads?.(request) };
  if (deps.cache.enabled) {
    const fast = await fromCheckedSession(deps, request, locale, seen);
    if (fast) return fast;
    const checked = await requireEnpPageVersion(reading, request);
    const { access, pageVersion } = checked;
    if (access.caseId === null) return { body: await participantCase(deps, access, null, locale, seen) };
    remember(deps, request, checked);
    const hit = pageVersion === null ? null : deps.cache.get(EnpPageCache.key(access.caseId, access.category, locale), pageVersion);
    if (hit) {
      await journalCaseViewed(deps, access, hit, seen);
      return { json: hit.head + meJson(access) + hit.tail };
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

const meJson = (access: EnpAccessRecord) => JSON.stringify(enpCaseResponse.shape.me.parse(participantMe(access)));

function remember(deps: ParticipantCasePageDeps, request: FastifyRequest,
  checked: { access: EnpAccessRecord; lastSeenAt: Date; expiresAt: Date }): void {
  const hash = enpTokenHashOf(request);
  if (hash) deps.sessions.set(hash, { ...checked, meJson: meJson(checked.access) });
}

/** Path 1: a checked session and a cached page, journalled under the guard; null = take the ordinary path. */
async function fromCheckedSession(deps: ParticipantCasePageDeps, request: FastifyRequest, locale: Locale, seen: { id: string; address: string })
  : Promise<{ json: string } | null> {
  const hash = enpTokenHashOf(request);
  const session = hash ? deps.sessions.get(hash) ?? null : null;
  if (!hash || !session || session.access.caseId === null) return null;
  const now = deps.clock.now();
  // Due to be written down as seen (or ended): the ordinary path does that.
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    deps.sessions.delete(hash);
    return null;
  }
  const page = deps.cache.latest(EnpPageCache.key(session.access.caseId, session.access.category, locale));
  if (!page) return null;
  const appended = await deps.views.append(caseViewedRecord(now, session.access, page, seen),
    [hash, session.access.id, page.version, String(deps.policy.idleMinutes)]);
  if (!appended) {
    // The session ended or was replaced, or the page changed: check everything again the ordinary way.
    deps.sessions.delete(hash);
    return null;
  }
  return { json: page.head + session.meJson + page.tail };
}
