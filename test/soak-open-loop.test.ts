import { describe, expect, it } from 'vitest';
import { dueAt, operationsDueBy } from '../scripts/soak/open-loop';

// The soak's open loop (issue 18 item 7): an operation is launched when it is due, not one arrival interval later —
// its latency is measured from its due time, so launching late added that interval to every figure.
describe('ISSUE-18 item 7: the soak launches each operation at its due time', () => {
  for (const ramp of [false, true]) {
    it(`ISSUE-18: every operation counted as due by t is due at or before t, and the next one after t (ramp: ${ramp})`, () => {
      const rate = 30;
      const seconds = 10;
      for (let t = 0; t < seconds; t += 0.0137) {
        const count = operationsDueBy(t, rate, seconds, ramp);
        expect(count).toBeGreaterThanOrEqual(1);
        expect(dueAt(count - 1, rate, seconds, ramp)).toBeLessThanOrEqual(t + 1e-9);
        expect(dueAt(count, rate, seconds, ramp)).toBeGreaterThan(t);
      }
    });
  }

  it('ISSUE-18: the first operation is due at once; a run issues rate × seconds operations', () => {
    expect(operationsDueBy(0, 100, 600, false)).toBe(1);
    expect(dueAt(0, 100, 600, false)).toBe(0);
    // The last one issued before the end (t just under 600 s) is number 59,999: 60,000 in all.
    expect(operationsDueBy(600 - 1e-6, 100, 600, false)).toBe(60_000);
    expect(dueAt(59_999, 100, 600, false)).toBeCloseTo(599.99, 6);
  });
});
