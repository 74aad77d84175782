import { describe, expect, it } from 'vitest';
import { contrastRatio, stateColours } from './state-colours.ts';

describe('ENP-3: header in the state colours with readable text', () => {
  it('computes known contrast ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });

  it('keeps header text at AA contrast on the flag blue', () => {
    expect(contrastRatio(stateColours.ink, stateColours.flagBlue)).toBeGreaterThanOrEqual(4.5);
    // White on the flag blue would fail — the reason text there uses `ink`.
    expect(contrastRatio(stateColours.white, stateColours.flagBlue)).toBeLessThan(4.5);
  });

  it('keeps white button text at AA contrast on the primary colour', () => {
    expect(contrastRatio(stateColours.white, stateColours.primary)).toBeGreaterThanOrEqual(4.5);
  });

  it('makes the gold symbols stand out on the ink medallion', () => {
    expect(contrastRatio(stateColours.flagGold, stateColours.ink)).toBeGreaterThanOrEqual(3);
  });
});
