import { describe, expect, it } from 'vitest';
import { distribute } from './distribute';
import type { Candidate, DistributionDocument } from './eligibility';
import { ReasonCode } from './reasons';
import { DEFAULT_RULES, kindsFor, type DistributionRuleSet } from './rules';

const ZHAMBYL = '310000000';
const ASTANA = '710000000';
const NOW = new Date('2026-03-10T08:00:00Z');

const doc = (category: string, extra: Partial<DistributionDocument> = {}): DistributionDocument => ({
  id: 'doc-1',
  category,
  debtorRegion: ZHAMBYL,
  ...extra,
});
const licence = { number: 'L-1', validUntil: '2027-01-01' };
const priv = (id: string, load: number, extra: Partial<Candidate> = {}): Candidate => ({
  id, kind: 'private', region: ZHAMBYL, load, recentAssignments: 0, licence, ...extra,
});
const state = (id: string, load: number, extra: Partial<Candidate> = {}): Candidate => ({
  id, kind: 'state', region: ZHAMBYL, load, recentAssignments: 0, ...extra,
});

describe('ENF-12 distribute', () => {
  it('ENF-12 routes state collections to a state bailiff even when a private one is less loaded', () => {
    const d = distribute(doc('state_collection'), [priv('p1', 0), state('s1', 50)], DEFAULT_RULES, NOW);
    expect(d.chosen).toBe('s1');
    expect(d.ruleApplied?.id).toBe('enf12.state_collection');
    expect(d.candidates.find((c) => c.id === 'p1')?.excludedBecause).toBe('kind_not_allowed');
  });

  it('ENF-12 routes citizens’ claims to a private bailiff', () => {
    const d = distribute(doc('citizens'), [priv('p1', 30), state('s1', 1)], DEFAULT_RULES, NOW);
    expect(d.chosen).toBe('p1');
    expect(d.reason.ru).toContain('частный');
  });

  it('ENF-12 "either" prefers private and falls back to state when no private is eligible', () => {
    const d = distribute(doc('alimony'), [priv('p1', 1, { licence: undefined }), state('s1', 9)], DEFAULT_RULES, NOW);
    expect(d.chosen).toBe('s1');
  });

  it('ENF-12 filters by the debtor’s region and district', () => {
    const d = distribute(
      doc('administrative_fine', { debtorDistrict: '311000000' }),
      [priv('p-astana', 0, { region: ASTANA }), priv('p-other', 1, { districts: ['312000000'] }), priv('p-ok', 5, { districts: ['311000000'] })],
      DEFAULT_RULES,
      NOW,
    );
    expect(d.chosen).toBe('p-ok');
    expect(d.candidates.map((c) => c.excludedBecause)).toEqual(['outside_region', undefined, 'outside_district']);
  });

  it('ENF-12 chooses the least loaded and names the load figures, rule and territory', () => {
    const d = distribute(doc('citizens'), [priv('p1', 12), priv('p2', 7), priv('p3', 9)], DEFAULT_RULES, NOW);
    expect(d.chosen).toBe('p2');
    expect(d.reason.code).toBe(ReasonCode.leastLoaded);
    expect(d.reason.ru).toContain('7 открытых производств');
    expect(d.reason.ru).toContain('у следующего 9');
    expect(d.reason.ru).toContain('Жамбылская область');
    expect(d.reason.kk).toContain('Жамбыл облысы');
    expect(d.reason.ru).toContain('Взыскание в пользу граждан');
  });

  it('ISSUE-13 item 3 (ENF-12): with no other eligible bailiff the reason says so in words, never «(у следующего —)»', () => {
    const d = distribute(doc('citizens'), [priv('p1', 4)], DEFAULT_RULES, NOW);
    expect(d.chosen).toBe('p1');
    expect(d.reason.ru).toContain('(других подходящих исполнителей нет)');
    expect(d.reason.kk).toContain('(басқа лайықты орындаушы жоқ)');
    expect(`${d.reason.ru} ${d.reason.kk}`).not.toContain('—)');
  });

  it('ENF-12 excludes a private bailiff with an expired or absent licence', () => {
    const d = distribute(
      doc('citizens'),
      [priv('p-expired', 0, { licence: { number: 'L', validUntil: '2026-03-09' } }), priv('p-none', 0, { licence: undefined }), priv('p-ok', 40)],
      DEFAULT_RULES,
      NOW,
    );
    expect(d.chosen).toBe('p-ok');
    const by = Object.fromEntries(d.candidates.map((c) => [c.id, c]));
    expect(by['p-expired']?.excludedBecause).toBe('licence_expired');
    expect(by['p-expired']?.licence).toEqual({ valid: false, until: '2026-03-09' });
    expect(by['p-none']?.excludedBecause).toBe('licence_absent');
  });

  it('ENF-12 a licence is valid through its last day in Kazakhstan time (+05)', () => {
    // 20:00 UTC on 9 March is already 10 March in Kazakhstan.
    const late = new Date('2026-03-09T20:00:00Z');
    const d = distribute(doc('citizens'), [priv('p1', 0, { licence: { number: 'L', validUntil: '2026-03-09' } })], DEFAULT_RULES, late);
    expect(d.chosen).toBeNull();
  });

  it('ENF-12 breaks ties by fewest recent assignments, then by id, and names the tie-break', () => {
    const recent = distribute(doc('citizens'), [priv('p1', 5, { recentAssignments: 3 }), priv('p2', 5, { recentAssignments: 1 })], DEFAULT_RULES, NOW);
    expect(recent.chosen).toBe('p2');
    expect(recent.reason.code).toBe(ReasonCode.tieFewestRecent);
    const byId = distribute(doc('citizens'), [priv('p9', 5), priv('p2', 5)], DEFAULT_RULES, NOW);
    expect(byId.chosen).toBe('p2');
    expect(byId.reason.code).toBe(ReasonCode.tieById);
    expect(byId.reason.ru).toContain('идентификатора');
  });

  it('ENF-12 no eligible candidate → chosen null, sent for manual assignment', () => {
    const d = distribute(doc('state_collection'), [priv('p1', 0)], DEFAULT_RULES, NOW);
    expect(d.chosen).toBeNull();
    expect(d.reason.code).toBe(ReasonCode.noEligible);
    expect(d.reason.ru).toContain('старшему судебному исполнителю');
  });

  it('ENF-12 unknown category → chosen null with the no-rule reason', () => {
    const d = distribute(doc('unknown_cat'), [priv('p1', 0)], DEFAULT_RULES, NOW);
    expect(d.chosen).toBeNull();
    expect(d.ruleApplied).toBeNull();
    expect(d.reason.code).toBe(ReasonCode.noRule);
  });

  it('ENF-12 an administrator’s rule set overrides the default', () => {
    const custom: DistributionRuleSet = {
      version: 'chamber-2026-01',
      rules: DEFAULT_RULES.rules.map((r) => (r.category === 'citizens' ? { ...r, kinds: kindsFor('state') } : r)),
    };
    const d = distribute(doc('citizens'), [priv('p1', 0), state('s1', 10)], custom, NOW);
    expect(d.chosen).toBe('s1');
    expect(d.inputs.rulesVersion).toBe('chamber-2026-01');
  });

  it('ENF-12 decisions are pure: same input in any order → same output, inputs untouched', () => {
    const cands = [priv('p1', 5), priv('p2', 5, { recentAssignments: 2 }), state('s1', 0)];
    const snapshot = JSON.stringify(cands);
    const a = distribute(doc('citizens'), cands, DEFAULT_RULES, NOW);
    const b = distribute(doc('citizens'), [...cands].reverse(), DEFAULT_RULES, new Date(NOW.getTime()));
    expect(b).toEqual(a);
    expect(JSON.stringify(cands)).toBe(snapshot);
  });
});
