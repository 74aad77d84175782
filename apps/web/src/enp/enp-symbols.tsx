// The portal header's pictures (issue 16 item 2, ENP-3; seed 002: «the state
// flag and, where possible, a symbol of justice: scales»). Both drawn here
// as simple shapes in the colours of the state symbols.

import { ENP_COLOURS } from './enp-colours.ts';

/** The State Flag: sky-blue field, golden sun with rays, a stylised steppe eagle, the ornament along the hoist. */
export function EnpFlag({ label }: { label: string }) {
  const rays = Array.from({ length: 24 }, (_, i) => {
    const a = (i / 24) * 2 * Math.PI;
    const p = (r: number, d: number) => `${(60 + r * Math.cos(a + d)).toFixed(1)},${(22 + r * Math.sin(a + d)).toFixed(1)}`;
    return `${p(8.5, -0.07)} ${p(13, 0)} ${p(8.5, 0.07)}`;
  });
  return (
    <svg role="img" aria-label={label} viewBox="0 0 100 50" width="72" height="36" className="enp-flag">
      <title>{label}</title>
      <rect width="100" height="50" fill={ENP_COLOURS.flagBlue} />
      <g fill={ENP_COLOURS.flagGold}>
        <circle cx="60" cy="22" r="7" />
        {rays.map((points) => <polygon key={points} points={points} />)}
        <path d="M42 36 Q52 28 60 34 Q68 28 78 36 Q68 33 60 38 Q52 33 42 36 Z" />
        {[6, 14, 22, 30, 38].map((y) => <path key={y} d={`M5 ${y} q3 -3 6 0 q-3 3 -6 0 Z M8 ${y + 3} v1`} stroke={ENP_COLOURS.flagGold} strokeWidth="0.8" />)}
      </g>
    </svg>
  );
}

/** Scales of justice: a pillar on a base, the beam, two pans on their cords. */
export function EnpScales({ label }: { label: string }) {
  const ink = ENP_COLOURS.ink;
  const gold = ENP_COLOURS.flagGold;
  return (
    <svg role="img" aria-label={label} viewBox="0 0 64 56" width="46" height="40" className="enp-scales">
      <title>{label}</title>
      <g stroke={ink} strokeWidth="2" fill="none" strokeLinecap="round">
        <line x1="32" y1="6" x2="32" y2="48" />
        <line x1="10" y1="12" x2="54" y2="12" />
        <path d="M10 12 L3 32 M10 12 L17 32 M54 12 L47 32 M54 12 L61 32" strokeWidth="1.2" />
        <path d="M20 52 H44" strokeWidth="3" />
      </g>
      <circle cx="32" cy="6" r="3" fill={gold} stroke={ink} strokeWidth="1" />
      <path d="M2 32 H18 A8 6 0 0 1 2 32 Z M46 32 H62 A8 6 0 0 1 46 32 Z" fill={gold} stroke={ink} strokeWidth="1.2" />
    </svg>
  );
}
