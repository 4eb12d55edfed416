'use client';
/**
 * Recording a wound's DESIGN-R®2020 score from its photo: the site, then each of the seven items
 * from its official choices (criteria in full), the total worked out as they are chosen. The score
 * is dated with the photo and belongs to the photo's post.
 */
import { useEffect, useRef, useState } from 'react';
import { writeObservation } from '@/lib/offline/record-mutators';
import { designRCodes, designRItems, designRNotation, designRTotal, type DesignRCodes, type DesignRItem } from '@/lib/wounds/design-r';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { RadioGroup } from '../form/_components/choice-controls';
import type { ShownAttachment } from '../_lib/use-attachments';

type Chosen = Partial<DesignRCodes>;

export function DesignRDialog({ photo, site: lastSite, onClose }: { photo: ShownAttachment; site: string; onClose: () => void }) {
  const { t } = useI18n();
  const { writer } = useOffline();
  const dialog = useRef<HTMLDialogElement>(null);
  const [site, setSite] = useState(lastSite);
  const [chosen, setChosen] = useState<Chosen>({});
  const [missing, setMissing] = useState<DesignRItem | null>(null);
  const complete = designRItems.every((item) => chosen[item]);
  const total = complete ? designRTotal(chosen as DesignRCodes) : null;

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  const save = async () => {
    const gap = designRItems.find((item) => !chosen[item]);
    if (gap) {
      setMissing(gap);
      document.getElementById(`design-r-${gap}`)?.querySelector('input')?.focus();
      return;
    }
    if (!writer) return;
    const codes = chosen as DesignRCodes;
    await writeObservation(writer, {
      id: crypto.randomUUID(),
      patientId: photo.patientId,
      kind: 'woundScore',
      measuredAt: photo.createdAt,
      postId: photo.postId,
      attachmentId: photo.id,
      vitals: null,
      woundScore: { site: site.trim(), ...codes, total: designRTotal(codes) },
    });
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="design-r-dialog" aria-labelledby="design-r-title" onClose={onClose}>
      <form
        className="stack"
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="design-r-title">{t('designR.recordFor')}</h2>
        <FormField label={t('designR.site')} value={site} onChange={setSite} placeholder={t('designR.sitePlaceholder')} maxLength={100} />
        {designRItems.map((item) => (
          <div key={item}>
            <RadioGroup
              id={`design-r-${item}`}
              legend={t(`designR.item.${item}`)}
              options={designRCodes(item)}
              labelOf={(code) => t(`designR.${item}.${code}` as MessageKey)}
              value={chosen[item] ?? null}
              clearable={false}
              invalid={missing === item}
              onChange={(code) => {
                setMissing(null);
                setChosen((current) => ({ ...current, [item]: code ?? undefined }));
              }}
            />
            {item === 'size' && <p className="hint">{t('designR.sizeHint')}</p>}
            {item === 'pocket' && <p className="hint">{t('designR.pocketHint')}</p>}
          </div>
        ))}
        <p className="design-r-total" role="status">
          {total === null
            ? t('designR.totalOf', { total: '—' })
            : `${t('designR.totalOf', { total })} · ${designRNotation(chosen as DesignRCodes)}`}
        </p>
        {missing && (
          <p className="alert alert-error" role="alert">
            {t('forms.fieldProblem', { field: t(`designR.item.${missing}`), problem: t('forms.problem.required') })}
          </p>
        )}
        <div className="row">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('designR.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('designR.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
