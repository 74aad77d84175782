import type { EnpAccessRecord } from '@oryndau/db';
import { LruMap } from '../http/lru-map';

// Issue 16 (bench:enp), ENP-4, ENP-5: the participant's case page, rendered
// and validated once, kept per server process as the JSON text it is sent
// as. An entry is keyed by the case, the participant's category and the
// locale, and holds the content version it was rendered from (migration
// 0025: the case's appended changes and the matrix version in force, read
// in the same statement as the view). It is used only when the version read
// with the request's session equals it: every change of what the page shows
// appends to that count in its own transaction, so an entry is never served
// after a change (a block, a new document…) became visible. Bounded: the
// least recently used entry goes first; 0 entries = no cache.

export type CachedEnpPage = {
  version: string;
  /** The response up to the participant's own part: `{"case":{…},"me":` */
  head: string;
  /** The rest after `me`: `,"participants":[…],"course":[…],"documents":[…]}` */
  tail: string;
  /** What the view's journal entry records (ENP-11). */
  caseId: string; caseNumber: string; documents: number;
};

export class EnpPageCache {
  private readonly entries = new Map<string, CachedEnpPage>();

  constructor(readonly capacity: number) {}

  get enabled(): boolean { return this.capacity > 0; }

  static key(caseId: string, category: string, locale: string): string { return `${caseId}\u0000${category}\u0000${locale}`; }

  /** The entry rendered from exactly `version`, else null (a stale one is dropped). */
  get(key: string, version: string): CachedEnpPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.version !== version) return null;
    this.entries.set(key, entry); // most recently used last
    return entry;
  }

  /**
   * The newest entry of `key`, whatever its version — served only with a
   * guarded journal entry (ENP_CACHED_PAGE_GUARD) that commits just if the
   * page is still of that version.
   */
  latest(key: string): CachedEnpPage | null {
    return this.entries.get(key) ?? null;
  }

  set(key: string, entry: CachedEnpPage): void {
    if (!this.enabled) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number { return this.entries.size; }
}

/**
 * The sessions this process has checked, by their token's hash: the cached
 * page's path reads nothing before its guarded journal entry, which checks
 * the session again in the database (live, not replaced, not idle) in the
 * same statement — a copy here never lets a dead session see a page, it
 * only spares a round trip for a live one. Bounded like the pages.
 */
export type CachedEnpSession = { access: EnpAccessRecord; lastSeenAt: Date; expiresAt: Date; meJson: string };

export class EnpSessionCache extends LruMap<string, CachedEnpSession> {}
