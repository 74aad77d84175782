import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../format/day.ts';
import { chartLayout, chartSeries } from './dashboard-model.ts';
import type { DashboardDay } from './simplified-types.ts';

/**
 * SIMP-1: counts by status per day as stacked bars, drawn in inline SVG. It
 * is an image with a title and a description for screen readers; the exact
 * numbers are in the per-day table under it, and each segment names its own
 * count on hover.
 */
export function DashboardChart({ days, zone }: { days: readonly DashboardDay[]; zone: string }) {
  const { t } = useTranslation();
  const id = useId();
  const layout = chartLayout(days);
  const { plot } = layout;
  const label = (key: (typeof chartSeries)[number]['key']) => t(`simp.dashboard.${key}`);
  return (
    <figure className="simp-chart-figure" style={{ margin: 0 }}>
      <div style={{ overflowX: 'auto' }}>
        <svg
          className="simp-chart"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          data-testid="simp-dashboard-chart"
          style={{ minWidth: 640 }}
        >
          <title id={`${id}-title`}>{t('simp.dashboard.chartTitle')}</title>
          <desc id={`${id}-desc`}>{t('simp.dashboard.chartDescription')}</desc>
          {layout.ticks.map((tick) => (
            <g key={tick.value} aria-hidden="true">
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#dde7eb" />
              <text x={plot.left - 6} y={tick.y + 4} textAnchor="end" fontSize="12" fill="#4a5d66">{tick.value}</text>
            </g>
          ))}
          {layout.bars.map((bar) => (
            <g key={bar.date} data-date={bar.date} data-total={bar.total}>
              {bar.segments.map((segment) => (
                <rect key={segment.key} x={bar.x} y={segment.y} width={bar.width} height={segment.height} fill={segment.colour}>
                  <title>{`${formatDay(bar.date, zone)} — ${label(segment.key)}: ${segment.value}`}</title>
                </rect>
              ))}
              {bar.label !== null && (
                <text x={bar.x + bar.width / 2} y={plot.bottom + 18} textAnchor="middle" fontSize="12" fill="#4a5d66" aria-hidden="true">
                  {bar.label}
                </text>
              )}
            </g>
          ))}
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#4a5d66" aria-hidden="true" />
        </svg>
      </div>
      <figcaption>
        <ul className="simp-legend" data-testid="simp-dashboard-legend">
          {chartSeries.map((series) => (
            <li key={series.key}>
              <span className="simp-legend__swatch" style={{ background: series.colour }} aria-hidden="true" />
              {label(series.key)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
