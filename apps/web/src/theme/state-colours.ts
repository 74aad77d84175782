// Colours of the state symbols of the Republic of Kazakhstan, and the shades
// derived from them for text, chosen for WCAG AA contrast (4.5:1) because the
// flag's sky blue itself is too light to carry white text.
export const stateColours = {
  /** The flag's sky blue (Pantone 312 C / ~#00AFCA): the header background. */
  flagBlue: '#00AFCA',
  /** The flag's gold (sun, eagle, ornament). Decorative only, never text. */
  flagGold: '#FEC50C',
  /** Text and outlines on the sky blue. */
  ink: '#04253A',
  /** Buttons and links: a deeper teal of the flag blue that carries white text. */
  primary: '#00758A',
  white: '#FFFFFF',
} as const;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h ?? '0', 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
