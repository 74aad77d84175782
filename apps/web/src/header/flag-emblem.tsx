import { stateColours } from '../theme/state-colours.ts';

// A small drawing of the State Flag of the Republic of Kazakhstan: sky-blue
// field, golden sun with 32 rays, a soaring steppe eagle beneath it and the
// national ornament along the hoist. Simple shapes, drawn for this app.
const sun = { cx: 56, cy: 20, r: 6.5 };
const rays = Array.from({ length: 32 }, (_, i) => {
  const angle = (i / 32) * 2 * Math.PI;
  const spread = Math.PI / 48;
  const point = (radius: number, a: number) =>
    `${(sun.cx + radius * Math.cos(a)).toFixed(2)},${(sun.cy + radius * Math.sin(a)).toFixed(2)}`;
  return `${point(7.8, angle - spread)} ${point(12.5, angle)} ${point(7.8, angle + spread)}`;
});
const ornament = Array.from({ length: 6 }, (_, i) => 4 + i * 7.2);

export function FlagEmblem({ label, height = 40 }: { label: string; height?: number }) {
  const gold = stateColours.flagGold;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox="0 0 100 50"
      height={height}
      width={height * 2}
      className="flag-emblem"
    >
      <title>{label}</title>
      <rect x="0.75" y="0.75" width="98.5" height="48.5" rx="2" fill={stateColours.flagBlue} stroke={stateColours.white} strokeWidth="1.5" />
      {ornament.map((y) => (
        <g key={y} fill="none" stroke={gold} strokeWidth="1.1" strokeLinecap="round">
          {/* a ram's-horn curl (қошқар мүйіз) on each side of a rhomb */}
          <path d={`M9 ${y} l2.6 3 l-2.6 3 l-2.6 -3 z`} fill={gold} />
          <path d={`M6.4 ${y + 3} c-2.4 0 -2.4 -2.6 -0.8 -2.6`} />
          <path d={`M11.6 ${y + 3} c2.4 0 2.4 -2.6 0.8 -2.6`} />
        </g>
      ))}
      <g fill={gold}>
        {rays.map((points) => (
          <polygon key={points} points={points} />
        ))}
        <circle cx={sun.cx} cy={sun.cy} r={sun.r} />
        {/* the eagle: wings swept up at the tips, fanned tail, head turned to the hoist */}
        <path d="M32 29.5 C39 33.5 45.5 35.5 51 36.3 L53.6 36.9 L58.4 36.9 L61 36.3 C66.5 35.5 73 33.5 80 29.5 C75.5 35 68.5 39 61.5 40.3 L58.6 41.2 L60.4 45 L56 43.2 L51.6 45 L53.4 41.2 L50.5 40.3 C43.5 39 36.5 35 32 29.5 Z" />
        <circle cx="54.6" cy="35.4" r="2" />
        <path d="M52.8 35 L50.6 35.9 L52.9 36.3 Z" />
      </g>
    </svg>
  );
}
