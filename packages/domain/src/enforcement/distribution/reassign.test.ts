import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../errors';
import { distribute } from './distribute';
import type { Candidate } from './eligibility';
import { reassign } from './reassign';
import { ReasonCode } from './reasons';
import { DEFAULT_RULES } from './rules';

const NOW = new Date('2026-03-10T08:00:00Z');
const LATER = new Date('2026-03-11T08:00:00Z');
const cands: Candidate[] = [
  { id: 'p1', kind: 'private', region: '310000000', load: 1, recentAssignments: 0, licence: { number: 'L1', validUntil: '2027-01-01' } },
  { id: 'p2', kind: 'private', region: '310000000', load: 8, recentAssignments: 0, licence: { number: 'L2', validUntil: '2027-01-01' } },
  { id: 'p3', kind: 'private', region: '310000000', load: 0, recentAssignments: 0 },
];
const first = distribute({ id: 'doc-1', category: 'citizens', debtorRegion: '310000000' }, cands, DEFAULT_RULES, NOW);

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).details.code;
  }
  return undefined;
}

describe('ENF-12 reassign', () => {
  it('ENF-12 reassigns to an eligible bailiff and links the previous decision', () => {
    const d = reassign(first, { target: 'p2', reason: 'Конфликт интересов', by: 'senior-1' }, cands, LATER);
    expect(first.chosen).toBe('p1');
    expect(d.chosen).toBe('p2');
    expect(d.kind).toBe('manual');
    expect(d.previous).toBe(first);
    expect(d.decidedBy).toBe('senior-1');
    expect(d.reason.code).toBe(ReasonCode.reassigned);
    expect(d.reason.ru).toContain('Конфликт интересов');
    expect(d.reason.kk).toContain('Конфликт интересов');
  });

  it('ENF-12 requires a non-empty written reason', () => {
    expect(codeOf(() => reassign(first, { target: 'p2', reason: '   ', by: 's' }, cands, LATER))).toBe('distribution.reason_required');
  });

  it('ENF-12 refuses an ineligible or unknown target and the same bailiff', () => {
    expect(codeOf(() => reassign(first, { target: 'p3', reason: 'x', by: 's' }, cands, LATER))).toBe('distribution.target_ineligible');
    expect(codeOf(() => reassign(first, { target: 'zz', reason: 'x', by: 's' }, cands, LATER))).toBe('distribution.target_unknown');
    expect(codeOf(() => reassign(first, { target: 'p1', reason: 'x', by: 's' }, cands, LATER))).toBe('distribution.same_bailiff');
  });

  it('ENF-12 an explicit override with its own reason allows an ineligible target', () => {
    expect(codeOf(() => reassign(first, { target: 'p3', reason: 'x', by: 's', override: { reason: ' ' } }, cands, LATER))).toBe(
      'distribution.override_reason_required',
    );
    const d = reassign(first, { target: 'p3', reason: 'Решение палаты', by: 's', override: { reason: 'лицензия продлевается' } }, cands, LATER);
    expect(d.chosen).toBe('p3');
    expect(d.reason.code).toBe(ReasonCode.reassignedOverride);
    expect(d.candidates[0]?.excludedBecause).toBe('licence_absent');
  });
});
