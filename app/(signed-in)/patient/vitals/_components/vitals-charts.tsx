'use client';
/** The trend of each measure over the chosen period: temperature, blood pressure (as a range), pulse, respiration, SpO2, weight. */
import type { ObservationDoc, VitalSigns } from '@/lib/schemas/observation';
import { measureSpecs, type VitalMeasure } from '@/lib/vitals/vital-measures';
import { useI18n } from '@/app/_lib/i18n';
import { valueDomain } from '../_lib/chart-scale';
import { TrendChart, type ChartPoint } from './trend-chart';

type Charted = Exclude<VitalMeasure, 'diastolic' | 'oxygenFlow'>;
const charted: Charted[] = ['temperature', 'systolic', 'pulse', 'respiratoryRate', 'spo2', 'weight'];
/** The margin around an axis: a tenth of a degree is not a tenth of a kilogram. */
const margins: Record<Charted, number> = { temperature: 0.5, systolic: 10, pulse: 10, respiratoryRate: 2, spo2: 2, weight: 1 };

function pointsOf(measure: Charted, readings: ObservationDoc[]): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (const reading of readings) {
    const v = reading.vitals as VitalSigns;
    if (measure === 'systolic') {
      if (v.systolic !== null && v.diastolic !== null)
        points.push({
          id: reading.id,
          at: reading.measuredAt,
          value: [v.diastolic, v.systolic],
          text: `${v.systolic}/${v.diastolic} mmHg`,
        });
      continue;
    }
    const value = v[measure];
    if (value === null) continue;
    const spec = measureSpecs[measure];
    const oxygen = measure === 'spo2' && v.oxygen === 'oxygen' ? ` (O2 ${v.oxygenFlow ?? ''} L/min)` : '';
    points.push({ id: reading.id, at: reading.measuredAt, value, text: `${value.toFixed(spec.decimals)} ${spec.unit}${oxygen}` });
  }
  return points;
}

export function VitalsCharts({ readings, domain }: { readings: ObservationDoc[]; domain: readonly [number, number] }) {
  const { t } = useI18n();
  return (
    <div className="trend-charts">
      {charted.map((measure) => {
        const points = pointsOf(measure, readings);
        if (points.length === 0) return null;
        const values = points.flatMap((point) => (typeof point.value === 'number' ? [point.value] : [...point.value]));
        const bands =
          measure === 'systolic' ? [measureSpecs.systolic.normal, measureSpecs.diastolic.normal] : [measureSpecs[measure].normal];
        const shaded = bands.filter((band): band is readonly [number, number] => band !== null);
        const all = shaded.flat();
        return (
          <TrendChart
            key={measure}
            title={measure === 'systolic' ? t('vitals.bloodPressure') : t(`vitals.measure.${measure}`)}
            points={points}
            timeDomain={domain}
            valueDomain={valueDomain(values, all.length > 0 ? [Math.min(...all), Math.max(...all)] : null, margins[measure])}
            bands={shaded}
            unit={measureSpecs[measure].unit}
          />
        );
      })}
      <p className="hint">{t('vitals.normalBand')}</p>
    </div>
  );
}
