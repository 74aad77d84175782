import { describe, expect, it } from 'vitest';
import { draftKindOf, isDraftStale, mayDiscard, sameDraftChoices } from './drafts';

describe('ISSUE-13 item 8: drafts of resolutions', () => {
  it('ISSUE-13 item 8, ENF-3: «Возбудить» twice is one kind of draft; other actions, requests and lifts are their own kinds', () => {
    const initiate = draftKindOf({ templateCode: 'enf.initiation', action: 'initiate', params: {} });
    expect(draftKindOf({ templateCode: 'enf.initiation', action: 'initiate', params: {} })).toBe(initiate);
    expect(draftKindOf({ templateCode: 'enf.refusal', action: 'refuse', params: {} })).not.toBe(initiate);
    const gbd = draftKindOf({ templateCode: 'enf.request', action: null, params: { requestType: 'gbd_fl' } });
    expect(draftKindOf({ templateCode: 'enf.request', action: null, params: { requestType: 'kgd_accounts' } })).not.toBe(gbd);
    expect(draftKindOf({ templateCode: 'enf.arrest_lift', action: null, params: { arrestId: 'a1' } }))
      .not.toBe(draftKindOf({ templateCode: 'enf.arrest_lift', action: null, params: { arrestId: 'a2' } }));
    expect(draftKindOf({ templateCode: 'enf.arrest_accounts', action: null, params: {} })).toBe('enf.arrest_accounts');
  });

  it('ISSUE-13 item 8, ENF-10: a draft is stale once the proceeding moved past the version it was rendered from; signed acts never are', () => {
    expect(isDraftStale({ status: 'draft', baseVersion: 3 }, 3)).toBe(false);
    expect(isDraftStale({ status: 'draft', baseVersion: 3 }, 4)).toBe(true);
    expect(isDraftStale({ status: 'awaiting_approval', baseVersion: 3 }, 4)).toBe(false);
    expect(isDraftStale({ status: 'applied', baseVersion: 1 }, 9)).toBe(false);
  });

  it('ISSUE-13 item 8: only an unsigned draft may be discarded', () => {
    expect(mayDiscard('draft')).toBe(true);
    for (const status of ['awaiting_approval', 'applied', 'returned', 'rejected', 'discarded'] as const) expect(mayDiscard(status)).toBe(false);
  });
});

describe('ISSUE-13 item 8: the same choices open the same draft', () => {
  const base = { templateCode: 'enf.initiation', templateVersion: 1, locale: 'ru', groundCode: null, params: { reason: 'Мотивы', arrest: { kind: 'travel', items: [] } } };
  it('ISSUE-13 item 8: key order and absent keys do not matter; language, version, ground and motives do', () => {
    expect(sameDraftChoices(base, { ...base, params: { arrest: { items: [], kind: 'travel' }, reason: 'Мотивы', arrestId: undefined } })).toBe(true);
    expect(sameDraftChoices(base, { ...base, locale: 'kk' })).toBe(false);
    expect(sameDraftChoices(base, { ...base, templateVersion: 2 })).toBe(false);
    expect(sameDraftChoices(base, { ...base, groundCode: 'g1' })).toBe(false);
    expect(sameDraftChoices(base, { ...base, params: { reason: 'Другие мотивы' } })).toBe(false);
  });
});
