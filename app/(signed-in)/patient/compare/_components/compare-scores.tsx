'use client';
/**
 * DESIGN-R®2020 beside the compared photos: each photo's score item by item, and the total over
 * time for the wound's site, the two compared photos' scores marked on it.
 */
import { designRItems } from '@/lib/wounds/design-r';
import { designRNotation } from '@/lib/wounds/design-r';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import { PersonName } from '@/app/(signed-in)/patient/_components/person-name';
import { scoresOfPhoto, type WoundScore } from '@/app/(signed-in)/patient/_lib/use-wound-scores';
import { TrendChart } from '@/app/(signed-in)/patient/vitals/_components/trend-chart';
import { timeDomain } from '@/app/(signed-in)/patient/vitals/_lib/chart-scale';

export function PhotoScore({ scores, attachmentId }: { scores: WoundScore[] | undefined; attachmentId: string }) {
  const { t, locale } = useI18n();
  const score = scoresOfPhoto(scores, attachmentId).at(-1);
  if (!score) return <p className="hint">{t('designR.notScored')}</p>;
  const codes = score.woundScore;
  return (
    <div className="design-r-score">
      <p className="design-r-notation">
        <strong>{designRNotation(codes)}</strong> {codes.site && <span>· {codes.site}</span>}
      </p>
      <table className="design-r-items">
        <caption className="visually-hidden">{t('designR.title')}</caption>
        <tbody>
          {designRItems.map((item) => (
            <tr key={item}>
              <th scope="row">{t(`designR.item.${item}`)}</th>
              <td>{codes[item]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('designR.total')}</th>
            <td>{codes.total}</td>
          </tr>
        </tbody>
      </table>
      <p className="hint">
        <PersonName userId={score.authorId} detail={false} /> · {formatDateTime(score.clientCreatedAt, locale)}
      </p>
    </div>
  );
}

export function WoundTotals({ scores, compared }: { scores: WoundScore[]; compared: string[] }) {
  const { t } = useI18n();
  if (scores.length === 0) return <p className="hint">{t('designR.none')}</p>;
  const sites = [...new Set(scores.map((score) => score.woundScore.site))];
  const now = Date.now();
  return (
    <section className="card" aria-labelledby="design-r-totals">
      <h2 id="design-r-totals">{t('designR.chartTitle')}</h2>
      {sites.map((site) => {
        const ofSite = scores.filter((score) => score.woundScore.site === site);
        const highest = Math.max(...ofSite.map((score) => score.woundScore.total));
        return (
          <TrendChart
            key={site}
            title={site ? t('designR.chartSite', { site }) : t('designR.total')}
            label={`${site ? `${site} ` : ''}${ofSite.length === 1 ? t('designR.chartLabelOne') : t('designR.chartLabel', { count: ofSite.length })}`}
            points={ofSite.map((score) => ({
              id: score.id,
              at: score.measuredAt,
              value: score.woundScore.total,
              text: designRNotation(score.woundScore),
            }))}
            timeDomain={timeDomain(
              'all',
              ofSite.map((score) => score.measuredAt),
              now,
            )}
            valueDomain={[0, Math.max(10, Math.ceil((highest + 2) / 5) * 5)]}
            bands={[]}
            unit="0–66"
            highlight={ofSite.filter((score) => score.attachmentId && compared.includes(score.attachmentId)).map((score) => score.id)}
          />
        );
      })}
    </section>
  );
}
