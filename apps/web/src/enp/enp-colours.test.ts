import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../theme/state-colours.ts';
import { ENP_COLOURS } from './enp-colours.ts';

describe('ENP-3: the portal\'s colours', () => {
  it('ENP-3: dark text on the light blue header and on white, and white on the links\' colour, reach 4.5:1', () => {
    const { ink, skyLight, white, link, error, muted } = ENP_COLOURS;
    for (const [fg, bg] of [[ink, skyLight], [ink, white], [link, skyLight], [link, white], [white, link], [error, white], [muted, white], [muted, skyLight]] as const) {
      expect(contrastRatio(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    // The flag's own sky blue could not carry that text: the light shade is needed.
    expect(contrastRatio(white, ENP_COLOURS.flagBlue)).toBeLessThan(4.5);
  });
});
