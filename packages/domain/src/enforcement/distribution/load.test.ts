import { describe, expect, it } from 'vitest';
import { assignmentDay, countsAsLoad, loadDeltas, recentWindowFirstDay } from './load';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('ENF-12 load counters: what moves a load (issue 18 item 4)', () => {
  it('ENF-12: registered, initiated and suspended count; refused, ended and transferred do not', () => {
    expect(['registered', 'initiated', 'suspended'].map((s) => countsAsLoad(s as never))).toEqual([true, true, true]);
    expect(['refused', 'ended', 'transferred'].map((s) => countsAsLoad(s as never))).toEqual([false, false, false]);
  });

  it('ENF-12: a distribution of a new proceeding adds one to the chosen bailiff; none chosen moves nothing', () => {
    expect(loadDeltas(null, { status: 'registered', bailiffId: A })).toEqual([{ bailiffId: A, delta: 1 }]);
    expect(loadDeltas({ status: 'registered', bailiffId: null }, { status: 'registered', bailiffId: A })).toEqual([{ bailiffId: A, delta: 1 }]);
    expect(loadDeltas(null, { status: 'registered', bailiffId: null })).toEqual([]);
  });

  it('ENF-12: a reassignment moves one from the old bailiff to the new, in bailiff-id order whichever the direction', () => {
    expect(loadDeltas({ status: 'initiated', bailiffId: B }, { status: 'initiated', bailiffId: A }))
      .toEqual([{ bailiffId: A, delta: 1 }, { bailiffId: B, delta: -1 }]);
    expect(loadDeltas({ status: 'initiated', bailiffId: A }, { status: 'initiated', bailiffId: B }))
      .toEqual([{ bailiffId: A, delta: -1 }, { bailiffId: B, delta: 1 }]);
    expect(loadDeltas({ status: 'suspended', bailiffId: A }, { status: 'suspended', bailiffId: A })).toEqual([]);
  });

  it('ENF-12: closing takes one off, reopening puts it back, a move between open statuses moves nothing', () => {
    expect(loadDeltas({ status: 'initiated', bailiffId: A }, { status: 'ended', bailiffId: A })).toEqual([{ bailiffId: A, delta: -1 }]);
    expect(loadDeltas({ status: 'registered', bailiffId: A }, { status: 'refused', bailiffId: A })).toEqual([{ bailiffId: A, delta: -1 }]);
    expect(loadDeltas({ status: 'ended', bailiffId: A }, { status: 'initiated', bailiffId: A })).toEqual([{ bailiffId: A, delta: 1 }]);
    expect(loadDeltas({ status: 'initiated', bailiffId: A }, { status: 'suspended', bailiffId: A })).toEqual([]);
    expect(loadDeltas({ status: 'ended', bailiffId: A }, { status: 'transferred', bailiffId: A })).toEqual([]);
  });

  it('ENF-12: the recent window is seven calendar days at +05, today included', () => {
    // 20:30 UTC on 10 March is already 11 March in Kazakhstan.
    expect(assignmentDay(new Date('2026-03-10T20:30:00Z'))).toBe('2026-03-11');
    expect(recentWindowFirstDay(new Date('2026-03-10T20:30:00Z'))).toBe('2026-03-05');
    expect(recentWindowFirstDay(new Date('2026-03-10T10:00:00Z'))).toBe('2026-03-04');
  });
});
