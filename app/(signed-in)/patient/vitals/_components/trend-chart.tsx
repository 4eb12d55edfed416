'use client';
/**
 * One measure's trend as SVG: the usual range shaded, each reading a point (blood pressure a bar
 * from diastolic to systolic), the value of a tapped point said below it. The SVG is a group with a
 * name ("Blood pressure, 14 readings") whose points are buttons — focusable, named by their time and
 * value, chosen with Enter or Space; the table beside it carries every value for everyone.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import { linearScale, niceTicks } from '../_lib/chart-scale';

export interface ChartPoint {
  id: string;
  at: number;
  /** One value, or a [low, high] range (blood pressure). */
  value: number | readonly [number, number];
  text: string;
}

interface Props {
  title: string;
  points: ChartPoint[];
  timeDomain: readonly [number, number];
  valueDomain: readonly [number, number];
  /** Shaded usual ranges (two for blood pressure). */
  bands: Array<readonly [number, number]>;
  unit: string;
  /** The accessible name, where "<title>, n readings" does not fit (wound scores). */
  label?: string;
  /** Points drawn larger (the photos being compared). */
  highlight?: readonly string[];
}

const width = 640;
const height = 200;
/** The right margin leaves room for the newest reading's mark (taken "now", at the very end of the period). */
const pad = { left: 44, right: 24, top: 10, bottom: 26 };

/** The first, middle and last day of the period under the chart; a day already said is not said again. */
function axisDays(domain: readonly [number, number], dayLabel: (at: number) => string) {
  const [start, end] = domain;
  const first = { at: start, anchor: 'start' as const, text: dayLabel(start) };
  const middle = { at: (start + end) / 2, anchor: 'middle' as const, text: dayLabel((start + end) / 2) };
  const last = { at: end, anchor: 'end' as const, text: dayLabel(end) };
  return [first, ...(middle.text !== first.text && middle.text !== last.text ? [middle] : []), ...(last.text !== first.text ? [last] : [])];
}

export function TrendChart({ title, points, timeDomain, valueDomain, bands, unit, label: name, highlight = [] }: Props) {
  const { t, locale } = useI18n();
  const [selected, setSelected] = useState<string | null>(null);
  const titleId = useId();
  const x = linearScale(timeDomain, [pad.left, width - pad.right]);
  const y = linearScale(valueDomain, [height - pad.bottom, pad.top]);
  const label =
    name ??
    (points.length === 1
      ? t('vitals.chartLabelOne', { measure: title })
      : t('vitals.chartLabel', { measure: title, count: points.length }));
  const chosen = points.find((point) => point.id === selected);
  const dayLabel = (at: number) =>
    new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { month: 'numeric', day: 'numeric', timeZone: 'Asia/Tokyo' }).format(at);
  const single = points.filter((point) => typeof point.value === 'number');
  const line = single.map((point) => `${x(point.at).toFixed(1)},${y(point.value as number).toFixed(1)}`).join(' ');

  return (
    <figure className="trend-chart">
      <figcaption id={titleId}>
        {title} <span className="hint">({unit})</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label}>
        <title>{label}</title>
        {bands.map(([low, high], index) => (
          <rect
            key={index}
            className="trend-band"
            x={pad.left}
            width={width - pad.left - pad.right}
            y={y(high)}
            height={Math.max(0, y(low) - y(high))}
          />
        ))}
        {niceTicks(valueDomain[0], valueDomain[1], 4).map((tick) => (
          <g key={tick} className="trend-grid">
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} />
            <text x={pad.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {axisDays(timeDomain, dayLabel).map(({ at, text, anchor }) => (
          <text key={anchor} className="trend-axis" x={x(at)} y={height - 6} textAnchor={anchor}>
            {text}
          </text>
        ))}
        {single.length > 1 && <polyline className="trend-line" points={line} />}
        {points.map((point) => {
          // A reading from a device whose clock ran ahead stays on the chart, at its end.
          const px = Math.min(x(point.at), width - pad.right);
          const chosenHere = point.id === selected;
          const active = chosenHere || highlight.includes(point.id);
          // A highlighted point (a compared photo's) is drawn large but chosen like any other.
          const button = {
            role: 'button',
            tabIndex: 0,
            'aria-label': t('vitals.pointValue', { time: formatDateTime(point.at, locale), value: point.text }),
            'aria-pressed': chosenHere,
            'data-active': active || undefined,
            onClick: () => setSelected(chosenHere ? null : point.id),
            onKeyDown: (event: KeyboardEvent) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              setSelected(chosenHere ? null : point.id);
            },
          };
          if (typeof point.value === 'number')
            return (
              <g key={point.id} className="trend-point" {...button}>
                <circle cx={px} cy={y(point.value)} r={16} className="trend-hit" />
                <circle cx={px} cy={y(point.value)} r={active ? 6 : 4} />
              </g>
            );
          const [low, high] = point.value as readonly [number, number];
          return (
            <g key={point.id} className="trend-point trend-range" {...button}>
              <rect x={px - 14} y={y(high) - 8} width={28} height={y(low) - y(high) + 16} className="trend-hit" />
              <line x1={px} x2={px} y1={y(high)} y2={y(low)} />
              <circle cx={px} cy={y(high)} r={active ? 5 : 3.5} />
              <circle cx={px} cy={y(low)} r={active ? 5 : 3.5} />
            </g>
          );
        })}
      </svg>
      <p className="trend-value" aria-live="polite">
        {chosen ? (
          t('vitals.pointValue', { time: formatDateTime(chosen.at, locale), value: chosen.text })
        ) : (
          <span className="hint">{t('vitals.tapHint')}</span>
        )}
      </p>
    </figure>
  );
}
