import type { ActStatus } from './queues';

// ISSUE-13 item 8: unsigned drafts of resolutions. A proceeding holds at most
// one draft of each kind; a draft rendered from a card that has changed
// since (its version moved) is stale: it is regenerated, never signed.

/** What the bailiff asked for when generating an act: enough to tell two drafts of the same kind apart. */
export type DraftInput = {
  templateCode: string;
  action: string | null;
  params: { requestType?: string | undefined; arrestId?: string | undefined };
};

/**
 * The kind of a draft: one per proceeding (a unique index holds it).
 * A lifecycle action is its own kind («Возбудить» twice is one draft);
 * a request is one per requested register; lifting is one per arrest.
 */
export function draftKindOf(input: DraftInput): string {
  if (input.action !== null) return `action:${input.action}`;
  if (input.params.requestType) return `${input.templateCode}:${input.params.requestType}`;
  if (input.params.arrestId) return `${input.templateCode}:${input.params.arrestId}`;
  return input.templateCode;
}

/** A draft is stale when the proceeding changed after it was rendered (card edited, reassigned, moved by another act). */
export function isDraftStale(act: { status: ActStatus; baseVersion: number }, proceedingVersion: number): boolean {
  return act.status === 'draft' && act.baseVersion !== proceedingVersion;
}

/** The statuses in which a draft may be thrown away: only before anyone signed it. */
export function mayDiscard(status: ActStatus): boolean {
  return status === 'draft';
}

/** The choices that make a draft's text: the same ones give the same document. */
export type DraftChoices = { templateCode: string; templateVersion: number; locale: string; groundCode: string | null; params: unknown };

const stable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, stable(v)]));
  }
  return value;
};

/**
 * ISSUE-13 item 8: pressing «Сформировать» again with the same choices opens
 * the draft already made; other choices (another language, ground, motives)
 * make a new draft that replaces it.
 */
export function sameDraftChoices(a: DraftChoices, b: DraftChoices): boolean {
  return a.templateCode === b.templateCode && a.templateVersion === b.templateVersion && a.locale === b.locale
    && a.groundCode === b.groundCode && JSON.stringify(stable(a.params ?? {})) === JSON.stringify(stable(b.params ?? {}));
}
