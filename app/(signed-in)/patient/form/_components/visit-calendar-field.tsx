'use client';
/**
 * The report's 訪問日: a calendar of the month (two when the period spans them) with each day's
 * marks; tapping a day edits its facts (visits, and whether one was a therapist's, under a special
 * instruction, an emergency or a long visit). Filled in from the records; refilled on request.
 */
import { useRef, useState, type ReactNode } from 'react';
import { daysOfMonth } from '@/lib/forms/calendar-days';
import { visitMarks, withVisitDay } from '@/lib/forms/visit-calendar';
import type { VisitDay } from '@/lib/forms/templates/report';
import { formatDate, formatMonth } from '@/lib/i18n/format';
import { japanDate } from '@/lib/time/japan-time';
import { useI18n } from '@/app/_lib/i18n';
import { FlagBox } from './choice-controls';

interface Props {
  id: string;
  legend: ReactNode;
  months: string[];
  visits: VisitDay[];
  onChange: (visits: VisitDay[]) => void;
  /** Fills the calendar in again from the visit records; resolves to the days found. */
  onRefill: () => Promise<number>;
  hint?: ReactNode;
  problem?: ReactNode;
}

const noVisit = (date: string): VisitDay => ({ date, count: 0, therapist: false, special: false, emergency: false, long: false });

export function VisitCalendarField({ id, legend, months, visits, onChange, onRefill, hint, problem }: Props) {
  const { t, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [filled, setFilled] = useState<number | null>(null);
  const byDate = new Map(visits.map((visit) => [visit.date, visit]));
  const day = editing ? (byDate.get(editing) ?? noVisit(editing)) : null;
  const change = (next: VisitDay) => onChange(withVisitDay(visits, next));
  const weekdays = Array.from({ length: 7 }, (_, index) =>
    new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { weekday: 'short', timeZone: 'UTC' }).format(
      Date.UTC(2026, 10, 1 + index),
    ),
  );

  return (
    <fieldset className="choice-group visit-calendar" id={id}>
      <legend>{legend}</legend>
      {hint}
      {months.length === 0 ? (
        <p className="hint">{t('forms.calendar.chooseMonth')}</p>
      ) : (
        <div className="visit-months">
          {months.map((month) => {
            const days = daysOfMonth(month);
            const lead = new Date(`${month}-01T00:00:00Z`).getUTCDay();
            const cells: Array<string | null> = [...Array<null>(lead).fill(null), ...days];
            return (
              <table key={month} className="visit-month">
                <caption>{formatMonth(japanDate(`${month}-01`, '12:00:00'), locale)}</caption>
                <thead>
                  <tr>
                    {weekdays.map((name) => (
                      <th key={name} scope="col">
                        {name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {Array.from({ length: Math.ceil(cells.length / 7) }, (_, week) => (
                    <tr key={week}>
                      {cells.slice(week * 7, week * 7 + 7).map((date, index) => (
                        <td key={date ?? `blank-${index}`}>
                          {date && (
                            <button
                              type="button"
                              className="visit-day"
                              data-marked={(byDate.get(date)?.count ?? 0) > 0 || undefined}
                              aria-label={`${formatDate(japanDate(date, '12:00:00'), locale)} ${visitMarks(byDate.get(date) ?? noVisit(date)).join(' ')}`}
                              onClick={() => {
                                setEditing(date);
                                dialog.current?.showModal();
                              }}
                            >
                              <span>{Number(date.slice(8))}</span>
                              <span className="visit-marks">{visitMarks(byDate.get(date) ?? noVisit(date)).join('')}</span>
                            </button>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </div>
      )}
      <div className="row">
        <button
          type="button"
          className="button button-small"
          disabled={months.length === 0}
          onClick={() => void onRefill().then(setFilled)}
        >
          {t('forms.calendar.fill')}
        </button>
        {filled !== null && (
          <span role="status">{filled === 1 ? t('forms.calendar.filledOne') : t('forms.calendar.filled', { count: filled })}</span>
        )}
      </div>
      {problem}
      <dialog
        ref={dialog}
        className="visit-day-dialog"
        onClose={() => setEditing(null)}
        aria-label={day ? t('forms.calendar.edit', { date: formatDate(japanDate(day.date, '12:00:00'), locale) }) : undefined}
      >
        {day && (
          <div className="stack">
            <h2>{t('forms.calendar.edit', { date: formatDate(japanDate(day.date, '12:00:00'), locale) })}</h2>
            <fieldset className="choice-group">
              <legend>{t('forms.calendar.count')}</legend>
              <div className="choice-options">
                {[0, 1, 2, 3].map((count) => (
                  <label key={count} className="choice">
                    <input type="radio" name="visit-count" checked={day.count === count} onChange={() => change({ ...day, count })} />
                    <span>{count}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            {(['therapist', 'special', 'emergency', 'long'] as const).map((fact) => (
              <FlagBox
                key={fact}
                id={`visit-${fact}`}
                label={t(`forms.calendar.${fact}`)}
                value={day[fact]}
                onChange={(on) => change({ ...day, [fact]: on })}
              />
            ))}
            <button type="button" className="button button-primary" onClick={() => dialog.current?.close()}>
              {t('forms.calendar.close')}
            </button>
          </div>
        )}
      </dialog>
    </fieldset>
  );
}
