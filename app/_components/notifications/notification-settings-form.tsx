'use client';
/** The user's notification settings: which kinds, which categories count as urgent, quiet hours. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { postCategories } from '@/lib/domain/categories';
import { notificationKinds } from '@/lib/notifications/notification-kinds';
import type { NotificationSettings } from '@/lib/schemas/notification-settings';

const toTime = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const toMinutes = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

export function NotificationSettingsForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(settings);
  const [quiet, setQuiet] = useState({
    on: settings.quietStart !== null,
    start: toTime(settings.quietStart ?? 22 * 60),
    end: toTime(settings.quietEnd ?? 7 * 60),
  });
  const save = useMutation(
    trpc.notifications.updateSettings.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.notifications.mine.queryFilter()),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ ...draft, quietStart: quiet.on ? toMinutes(quiet.start) : null, quietEnd: quiet.on ? toMinutes(quiet.end) : null });
  };
  const toggleCategory = (category: (typeof postCategories)[number], on: boolean) =>
    setDraft({
      ...draft,
      urgentCategories: on ? [...draft.urgentCategories, category] : draft.urgentCategories.filter((c) => c !== category),
    });

  return (
    <form className="stack notification-settings" onSubmit={submit}>
      <fieldset className="stack">
        <legend>{t('notifications.kinds')}</legend>
        {notificationKinds.map((kind) => (
          <label key={kind} className="checkbox">
            <input type="checkbox" checked={draft[kind]} onChange={(event) => setDraft({ ...draft, [kind]: event.target.checked })} />
            {t(`notifications.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="row" disabled={!draft.urgentPost}>
        <legend>{t('notifications.urgentCategories')}</legend>
        {postCategories.map((category) => (
          <label key={category} className="checkbox">
            <input
              type="checkbox"
              checked={draft.urgentCategories.includes(category)}
              onChange={(event) => toggleCategory(category, event.target.checked)}
            />
            {t(`category.${category}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="stack">
        <legend>{t('notifications.quiet')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={quiet.on} onChange={(event) => setQuiet({ ...quiet, on: event.target.checked })} />
          {t('notifications.quietOn')}
        </label>
        {quiet.on && (
          <div className="row">
            <FormField
              label={t('notifications.quietStart')}
              type="time"
              required
              value={quiet.start}
              onChange={(start) => setQuiet({ ...quiet, start })}
            />
            <FormField
              label={t('notifications.quietEnd')}
              type="time"
              required
              value={quiet.end}
              onChange={(end) => setQuiet({ ...quiet, end })}
            />
          </div>
        )}
        <p className="hint">{t('notifications.quietHint')}</p>
      </fieldset>
      <div className="row">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('notifications.save')}
        </button>
        {save.isSuccess && <span role="status">{t('notifications.saved')}</span>}
      </div>
    </form>
  );
}
