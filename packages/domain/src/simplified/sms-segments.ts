/**
 * How many SMS a text costs (3GPP TS 23.038 / 23.040). A text is sent in
 * GSM-7 only when every character is in the GSM-7 default alphabet or its
 * extension table (extension characters take an escape plus the character,
 * two septets); one character outside — any Cyrillic letter, ₸, a
 * no-break space — sends the whole text as UCS-2, counted in UTF-16 code
 * units. A single SMS holds 160 septets or 70 units; once concatenated,
 * each part loses room to its header: 153 septets or 67 units.
 *
 * Parts are filled greedily and a character is never split between parts
 * (an escape pair or a surrogate pair stays together), as phones and SMS
 * centres do, so the count can be one higher than a plain division.
 */

export type SmsEncoding = 'gsm7' | 'ucs2';

export type SmsCount = {
  readonly encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  readonly units: number;
  readonly segments: number;
};

export const SMS_LIMITS: Readonly<Record<SmsEncoding, { readonly single: number; readonly part: number }>> = {
  gsm7: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
};

// The GSM-7 default alphabet (one septet each), in table order; ESC (0x1B)
// is left out since it only introduces an extension character.
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
// The extension table (escape + character: two septets each).
const GSM7_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

/** Septets a character takes in GSM-7, or null when GSM-7 cannot carry it. */
function gsm7Septets(ch: string): number | null {
  if (BASIC.has(ch)) return 1;
  if (EXTENSION.has(ch)) return 2;
  return null;
}

function pack(sizes: readonly number[], single: number, part: number): number {
  const units = sizes.reduce((a, b) => a + b, 0);
  if (units === 0) return 1; // an empty SMS is still one message
  if (units <= single) return 1;
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return segments;
}

export function countSmsSegments(text: string): SmsCount {
  // Iterating a string yields code points, so surrogate pairs stay whole.
  const chars = [...text];
  const septets = chars.map(gsm7Septets);
  if (septets.every((s): s is number => s !== null)) {
    const { single, part } = SMS_LIMITS.gsm7;
    return { encoding: 'gsm7', units: septets.reduce((a, b) => a + b, 0), segments: pack(septets, single, part) };
  }
  const sizes = chars.map((ch) => ch.length);
  const { single, part } = SMS_LIMITS.ucs2;
  return { encoding: 'ucs2', units: text.length, segments: pack(sizes, single, part) };
}
