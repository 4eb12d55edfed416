'use client';
/**
 * 地域の設定: the region's post categories (which, in what order), two-factor policy, device
 * approval and idle timeout. Saved together; the server validates with the same schema.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ComponentProps, type FormEvent } from 'react';
import { postCategories, type PostCategory } from '@/lib/domain/categories';
import {
  idleTimeoutBounds,
  lockAfterBounds,
  offlineLimitBounds,
  regionSettingsInput,
  twoFactorPolicies,
  type RegionSettingsInput,
} from '@/lib/schemas/region';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField } from '@/app/_components/form-field';
import { AdminPage, QueryState } from '@/app/(signed-in)/admin/_components/admin-page';
import { useI18n } from '@/app/_lib/i18n';
import type { UserProfile } from '@/app/_lib/router-types';
import { useTRPC } from '@/app/_lib/trpc';
import { CategoryOrder, type CategoryChoice } from './category-order';

export function RegionSettingsScreen() {
  return (
    <AdminPage role="regionAdmin" title="settings.title" notForYou="region.forRegionAdmins">
      {(user, online) => <RegionSettings user={user} online={online} />}
    </AdminPage>
  );
}

function RegionSettings({ user, online }: { user: UserProfile; online: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const settings = useQuery(trpc.region.settings.queryOptions(undefined, { enabled: online, refetchOnWindowFocus: false }));
  return (
    <>
      <p className="hint">{t('settings.lead', { region: user.region.name })}</p>
      <QueryState query={settings} online={online} />
      {settings.data && (
        <section className="card" aria-labelledby="portal-heading">
          <h2 id="portal-heading">{t('settings.portal')}</h2>
          {settings.data.slug ? (
            <a href={`/join/${settings.data.slug}`}>{`${window.location.origin}/join/${settings.data.slug}`}</a>
          ) : (
            <p className="hint">{t('settings.noPortal')}</p>
          )}
        </section>
      )}
      {settings.data && <SettingsForm key={settings.dataUpdatedAt} initial={settings.data} online={online} />}
    </>
  );
}

/** Enabled categories first, in the region's order, then the others in the glossary's. */
function choicesOf(enabled: readonly PostCategory[]): CategoryChoice[] {
  return [
    ...enabled.map((category) => ({ category, enabled: true })),
    ...postCategories.filter((category) => !enabled.includes(category)).map((category) => ({ category, enabled: false })),
  ];
}

function SettingsForm({ initial, online }: { initial: RegionSettingsInput; online: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [categories, setCategories] = useState(() => choicesOf(initial.postCategories));
  const [twoFactorPolicy, setTwoFactorPolicy] = useState(initial.twoFactorPolicy);
  const [deviceApprovalRequired, setDeviceApprovalRequired] = useState(initial.deviceApprovalRequired);
  const [idleTimeout, setIdleTimeout] = useState(initial.idleTimeoutMinutes?.toString() ?? '');
  const [lockAfter, setLockAfter] = useState(initial.lockAfterMinutes.toString());
  const [offlineLimit, setOfflineLimit] = useState(initial.offlineLimitHours.toString());
  const [problems, setProblems] = useState<{ categories?: boolean; idleTimeout?: boolean; lockAfter?: boolean; offlineLimit?: boolean }>(
    {},
  );
  const save = useMutation(
    trpc.region.updateSettings.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.region.settings.queryKey() }),
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const minutes = idleTimeout.trim() === '' ? null : Number(idleTimeout);
    const parsed = regionSettingsInput.safeParse({
      postCategories: categories.filter((choice) => choice.enabled).map((choice) => choice.category),
      twoFactorPolicy,
      deviceApprovalRequired,
      idleTimeoutMinutes: minutes,
      lockAfterMinutes: lockAfter.trim() === '' ? Number.NaN : Number(lockAfter),
      offlineLimitHours: offlineLimit.trim() === '' ? Number.NaN : Number(offlineLimit),
    });
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      return setProblems({
        categories: fields.has('postCategories'),
        idleTimeout: fields.has('idleTimeoutMinutes'),
        lockAfter: fields.has('lockAfterMinutes'),
        offlineLimit: fields.has('offlineLimitHours'),
      });
    }
    setProblems({});
    save.mutate(parsed.data);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('settings.title')}>
      <CategoryOrder
        choices={categories}
        onChange={(next) => {
          setCategories(next);
          save.reset();
        }}
        problem={problems.categories ? t('settings.categoriesEmpty') : null}
      />
      <fieldset className="card choice-group">
        <legend>{t('settings.twoFactor')}</legend>
        {twoFactorPolicies.map((policy) => (
          <label key={policy} className="checkbox">
            <input
              type="radio"
              name={`${id}-two-factor`}
              value={policy}
              checked={twoFactorPolicy === policy}
              onChange={() => setTwoFactorPolicy(policy)}
            />
            {t(`settings.twoFactor.${policy}`)}
          </label>
        ))}
        <p className="hint">{t('settings.twoFactorHint')}</p>
      </fieldset>
      <fieldset className="card choice-group">
        <legend>{t('settings.deviceApproval')}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={deviceApprovalRequired}
            onChange={(event) => setDeviceApprovalRequired(event.target.checked)}
            aria-describedby={`${id}-device-hint`}
          />
          {t('settings.deviceApprovalRequired')}
        </label>
        <p className="hint" id={`${id}-device-hint`}>
          {t('settings.deviceApprovalHint')}
        </p>
      </fieldset>
      <WholeNumberField
        label={t('settings.idleTimeout')}
        hint={t('settings.idleTimeoutHint', idleTimeoutBounds)}
        problem={problems.idleTimeout ? { key: 'settings.idleTimeoutInvalid', params: idleTimeoutBounds } : null}
        bounds={idleTimeoutBounds}
        value={idleTimeout}
        onChange={setIdleTimeout}
      />
      <WholeNumberField
        label={t('settings.lockAfter')}
        hint={t('settings.lockAfterHint', lockAfterBounds)}
        problem={problems.lockAfter ? { key: 'settings.rangeInvalid', params: lockAfterBounds } : null}
        bounds={lockAfterBounds}
        value={lockAfter}
        onChange={setLockAfter}
      />
      <WholeNumberField
        label={t('settings.offlineLimit')}
        hint={t('settings.offlineLimitHint', offlineLimitBounds)}
        problem={problems.offlineLimit ? { key: 'settings.rangeInvalid', params: offlineLimitBounds } : null}
        bounds={offlineLimitBounds}
        value={offlineLimit}
        onChange={setOfflineLimit}
      />
      <ErrorAlert error={save.error} />
      {save.isSuccess && (
        <p className="alert alert-info" role="status">
          {t('settings.saved')}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={!online || save.isPending}>
          {save.isPending ? t('settings.saving') : t('settings.save')}
        </button>
      </div>
    </form>
  );
}

/** A whole number between bounds, as the region's time settings are typed. */
function WholeNumberField({
  bounds,
  ...field
}: Pick<ComponentProps<typeof FormField>, 'label' | 'hint' | 'problem'> & {
  bounds: { min: number; max: number };
  value: string;
  onChange: (value: string) => void;
}) {
  return <FormField {...field} className="card field" type="number" inputMode="numeric" min={bounds.min} max={bounds.max} step={1} />;
}
