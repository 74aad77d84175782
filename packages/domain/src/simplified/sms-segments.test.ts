import { describe, expect, it } from 'vitest';
import { countSmsSegments } from './sms-segments';

describe('SIMP-2: SMS segment counting', () => {
  it('SIMP-2: GSM-7: 160 septets are one SMS, 161 are two, 306 two, 307 three', () => {
    expect(countSmsSegments('')).toEqual({ encoding: 'gsm7', units: 0, segments: 1 });
    expect(countSmsSegments('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(countSmsSegments('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, segments: 2 });
    expect(countSmsSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSmsSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('SIMP-2: GSM-7 extension characters take two septets and are never split between parts', () => {
    expect(countSmsSegments('€[]{}').units).toBe(10);
    expect(countSmsSegments('a'.repeat(158) + '€')).toMatchObject({ units: 160, segments: 1 });
    // 152 + 2 + 152 = 306 septets would be two parts by division, but the
    // escape pair cannot straddle the 153rd septet: three parts.
    expect(countSmsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toMatchObject({ encoding: 'gsm7', units: 306, segments: 3 });
  });

  it('SIMP-2: the whole GSM-7 default alphabet (127 characters without ESC) stays GSM-7', () => {
    const alphabet = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
    expect([...alphabet]).toHaveLength(127);
    expect(countSmsSegments(alphabet)).toEqual({ encoding: 'gsm7', units: 127, segments: 1 });
  });

  it('SIMP-2: Cyrillic, Kazakh letters, ₸ and the no-break space force UCS-2', () => {
    for (const text of ['Штраф', 'Айыппұл', 'Total 100 ₸', '100\u00A0KZT']) expect(countSmsSegments(text).encoding).toBe('ucs2');
  });

  it('SIMP-2: UCS-2: 70 units are one SMS, 71 two, 134 two, 135 three', () => {
    expect(countSmsSegments('я'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(countSmsSegments('я'.repeat(71)).segments).toBe(2);
    expect(countSmsSegments('я'.repeat(134)).segments).toBe(2);
    expect(countSmsSegments('я'.repeat(135)).segments).toBe(3);
  });

  it('SIMP-2: UCS-2 surrogate pairs count two units and are not split between parts', () => {
    // 66 + 2 (emoji) + 66 = 134 units, but the pair cannot straddle unit 67.
    expect(countSmsSegments(`${'я'.repeat(66)}😀${'я'.repeat(66)}`)).toEqual({ encoding: 'ucs2', units: 134, segments: 3 });
    expect(countSmsSegments(`${'я'.repeat(65)}😀${'я'.repeat(67)}`)).toEqual({ encoding: 'ucs2', units: 134, segments: 2 });
  });
});
