import { stateColours } from '../theme/state-colours.ts';

// The portal's palette (issue 16 item 2, ENP-3): a light sky-blue header in
// the colours of the state symbols with dark ink on it (contrast ≥ 4.5:1,
// checked in enp-colours.test.ts); the flag's gold is decoration only.
export const ENP_COLOURS = {
  flagBlue: stateColours.flagBlue,
  flagGold: stateColours.flagGold,
  /** Header and banner background: the flag's sky blue, lightened. */
  skyLight: '#D8F1F7',
  /** Text on the light blue and on white. */
  ink: stateColours.ink,
  /** Links and the primary button (white text on it). */
  link: '#005A6B',
  white: stateColours.white,
  /** Inline messages: an error and a hint. */
  error: '#A8071A',
  muted: '#3D5566',
} as const;
