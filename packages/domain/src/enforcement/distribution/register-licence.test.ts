import { describe, expect, it } from 'vitest';
import { distribute } from './distribute';
import type { Candidate } from './eligibility';
import { DEFAULT_RULES } from './rules';

// Issue 17 (LIC-8): automatic distribution obeys the licence register.
const ZHAMBYL = '310000000';
const NOW = new Date('2026-03-10T08:00:00Z');
const doc = { id: 'doc-1', category: 'citizens', debtorRegion: ZHAMBYL };
const priv = (id: string, load: number, register: NonNullable<Candidate['licence']>['register']): Candidate => ({
  id, kind: 'private', region: ZHAMBYL, load, recentAssignments: 0,
  licence: { number: `L-${id}`, validFrom: register?.issuedOn ?? '2020-01-01', validUntil: '9999-12-31', ...(register ? { register } : {}) },
});

describe('ENF-12 with the licence register (LIC-8)', () => {
  it('LIC-8, ENF-12: a bailiff whose licence is suspended on that day gets nothing, and the reason says so', () => {
    const d = distribute(doc, [priv('suspended', 0, { status: 'suspended', issuedOn: '2020-01-01', statusSince: '2026-03-10' }),
      priv('valid', 30, { status: 'valid', issuedOn: '2020-01-01', statusSince: null })], DEFAULT_RULES, NOW);
    expect(d.chosen).toBe('valid');
    expect(d.candidates.find((c) => c.id === 'suspended')).toMatchObject({ eligible: false, excludedBecause: 'licence_suspended',
      licence: { valid: false, until: null } });
  });
  it('LIC-8, ENF-12: a suspension from a later day does not yet exclude; a resumed (valid) licence is eligible again', () => {
    const later = distribute(doc, [priv('p', 0, { status: 'suspended', issuedOn: '2020-01-01', statusSince: '2026-03-11' })], DEFAULT_RULES, NOW);
    expect(later.chosen).toBe('p');
    const resumed = distribute(doc, [priv('p', 0, { status: 'valid', issuedOn: '2020-01-01', statusSince: null })], DEFAULT_RULES, NOW);
    expect(resumed.chosen).toBe('p');
  });
  it('LIC-8, ENF-12: a terminated licence excludes', () => {
    const d = distribute(doc, [priv('t', 0, { status: 'terminated', issuedOn: '2020-01-01', statusSince: '2026-01-01' })], DEFAULT_RULES, NOW);
    expect(d.chosen).not.toBe('t');
  });
});
