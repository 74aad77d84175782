import { stateColours } from '../theme/state-colours.ts';

// Scales of justice in the flag's gold on a dark medallion (a gold symbol
// straight on the sky blue would be too faint to make out).
export function ScalesOfJustice({ label, size = 40 }: { label: string; size?: number }) {
  const gold = stateColours.flagGold;
  return (
    <svg role="img" aria-label={label} viewBox="0 0 48 48" width={size} height={size} className="scales-of-justice">
      <title>{label}</title>
      <circle cx="24" cy="24" r="23" fill={stateColours.ink} stroke={gold} strokeWidth="1.5" />
      <g stroke={gold} strokeWidth="1.8" strokeLinecap="round" fill="none">
        <line x1="24" y1="11" x2="24" y2="36" />
        <line x1="17" y1="37" x2="31" y2="37" />
        <line x1="11" y1="15" x2="37" y2="15" />
        <line x1="11" y1="15" x2="7" y2="26" />
        <line x1="11" y1="15" x2="15" y2="26" />
        <line x1="37" y1="15" x2="33" y2="26" />
        <line x1="37" y1="15" x2="41" y2="26" />
      </g>
      <g fill={gold}>
        <circle cx="24" cy="10" r="2.2" />
        <path d="M6 26 H16 A5 4.5 0 0 1 6 26 Z" />
        <path d="M32 26 H42 A5 4.5 0 0 1 32 26 Z" />
        <path d="M20 37 L24 33 L28 37 Z" />
      </g>
    </svg>
  );
}
