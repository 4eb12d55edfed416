'use client';
/**
 * Recording a visit's vital signs, offline like a post: the time of measurement (now, or earlier
 * for values taken before), each value with its unit and usual range. An impossible value is
 * refused with its range named; one outside the usual range is recorded with a warning. The
 * reading may be posted to the timeline with it.
 */
import { useRef, useState } from 'react';
import { temperatureSites } from '@/lib/schemas/observation';
import { writeObservation } from '@/lib/offline/record-mutators';
import { checkVitals, emptyVitalsInput, type VitalProblem, type VitalsInput } from '@/lib/vitals/check-vitals';
import { measureSpecs, type VitalMeasure } from '@/lib/vitals/vital-measures';
import { vitalsSummary } from '@/lib/vitals/vitals-summary';
import { japanDate, japanIsoTime } from '@/lib/time/japan-time';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { FlagBox, RadioGroup } from '@/app/(signed-in)/patient/form/_components/choice-controls';

const inputId = (measure: VitalMeasure | 'measuredAt') => `vital-${measure}`;
const nowLocal = () => japanIsoTime(Date.now()).slice(0, 16);
/** A minute's grace for a tablet's clock. */
const futureGraceMs = 60_000;

export function VitalsEntry({ patientId }: { patientId: string }) {
  const { t } = useI18n();
  const { writer } = useOffline();
  const [input, setInput] = useState<VitalsInput>(emptyVitalsInput);
  const [measuredAt, setMeasuredAt] = useState(nowLocal);
  const [post, setPost] = useState(true);
  const [errors, setErrors] = useState<VitalProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const [timeProblem, setTimeProblem] = useState<'vitals.problem.future' | 'vitals.problem.noTime' | null>(null);
  const alert = useRef<HTMLDivElement>(null);
  const { warnings } = checkVitals(input);

  const messageOf = (problem: VitalProblem) => {
    const spec = measureSpecs[problem.measure];
    const params = {
      measure: t(`vitals.measure.${problem.measure}`),
      unit: spec.unit,
      ...('min' in problem ? { min: problem.min, max: problem.max } : {}),
    };
    return { key: `vitals.problem.${problem.kind}` as const, params };
  };
  const describe = (problem: VitalProblem) => {
    const { key, params } = messageOf(problem);
    return t(key, params);
  };
  const set = (measure: keyof VitalsInput, value: string | null) => {
    setSaved(false);
    setInput((current) => ({ ...current, [measure]: value }));
  };

  const save = async () => {
    const check = checkVitals(input);
    const [day = '', time = ''] = measuredAt.split('T');
    const at = measuredAt ? japanDate(day, `${time}:00`).getTime() : NaN;
    const badTime = Number.isNaN(at) ? 'vitals.problem.noTime' : at > Date.now() + futureGraceMs ? 'vitals.problem.future' : null;
    setErrors(check.errors);
    setTimeProblem(badTime);
    if (badTime || !check.vitals) {
      requestAnimationFrame(() => {
        alert.current?.focus();
        document.getElementById(inputId(badTime ? 'measuredAt' : (check.errors[0]?.measure ?? 'temperature')))?.focus();
      });
      return;
    }
    if (!writer) return;
    const id = crypto.randomUUID();
    await writeObservation(
      writer,
      { id, patientId, kind: 'vitals', measuredAt: at, postId: null, attachmentId: null, vitals: check.vitals, woundScore: null },
      post ? { id: crypto.randomUUID(), category: 'vitals', body: vitalsSummary(check.vitals) } : undefined,
    );
    setInput(emptyVitalsInput);
    setMeasuredAt(nowLocal());
    setSaved(true);
  };

  const numberField = (measure: VitalMeasure, label?: string) => {
    const spec = measureSpecs[measure];
    const error = errors.find((problem) => problem.measure === measure);
    const warning = warnings.find((problem) => problem.measure === measure);
    return (
      <FormField
        id={inputId(measure)}
        label={`${label ?? t(`vitals.measure.${measure}`)} (${spec.unit})`}
        hint={spec.normal ? t('vitals.usual', { min: spec.normal[0], max: spec.normal[1], unit: spec.unit }) : undefined}
        problem={error ? messageOf(error) : null}
        className="field vital-field"
        after={warning && !error ? <p className="field-warning">{describe(warning)}</p> : undefined}
        value={input[measure]}
        onChange={(value) => set(measure, value)}
        inputMode="decimal"
        autoComplete="off"
      />
    );
  };

  return (
    <section className="card vitals-entry" aria-labelledby="vitals-entry">
      <h2 id="vitals-entry">{t('vitals.record')}</h2>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FormField
          id={inputId('measuredAt')}
          label={t('vitals.measuredAt')}
          hint={t('vitals.measuredAtHint')}
          className="field"
          invalid={Boolean(timeProblem)}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={measuredAt}
              max={nowLocal()}
              onChange={(event) => setMeasuredAt(event.target.value)}
            />
          )}
        </FormField>
        <div className="vitals-grid">
          {numberField('temperature')}
          {numberField('systolic')}
          {numberField('diastolic')}
          {numberField('pulse')}
          {numberField('respiratoryRate')}
          {numberField('spo2')}
          {input.oxygen === 'oxygen' && numberField('oxygenFlow')}
          {numberField('weight')}
        </div>
        <RadioGroup
          clearable={false}
          id="vital-oxygen"
          legend={t('vitals.oxygen')}
          options={['roomAir', 'oxygen']}
          labelOf={(option) => t(`vitals.oxygen.${option as 'roomAir' | 'oxygen'}`)}
          value={input.oxygen}
          onChange={(value) => set('oxygen', value ?? 'roomAir')}
        />
        <RadioGroup
          clearable={false}
          id="vital-site"
          legend={t('vitals.temperatureSite')}
          options={[...temperatureSites]}
          labelOf={(option) => t(`vitals.site.${option as (typeof temperatureSites)[number]}`)}
          value={input.temperatureSite}
          onChange={(value) => set('temperatureSite', value ?? 'axillary')}
        />
        {(errors.length > 0 || timeProblem) && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={alert}>
            <p>{t('vitals.refused')}</p>
            <ul>
              {timeProblem && <li>{t(timeProblem)}</li>}
              {errors.map((problem) => (
                <li key={`${problem.measure}-${problem.kind}`}>{describe(problem)}</li>
              ))}
            </ul>
          </div>
        )}
        {warnings.length > 0 && errors.length === 0 && <p className="alert alert-warning">{t('vitals.warnings')}</p>}
        <FlagBox id="vital-post" label={t('vitals.postToTimeline')} value={post} onChange={setPost} />
        <div className="row">
          <button type="submit" className="button button-primary">
            {t('vitals.save')}
          </button>
          {saved && <span role="status">{t('vitals.saved')}</span>}
        </div>
      </form>
    </section>
  );
}
