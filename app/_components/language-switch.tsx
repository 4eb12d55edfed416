'use client';
/** Switches the UI language; for a signed-in user the choice is saved to their account too. */
import { useMutation } from '@tanstack/react-query';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { isLocale, locales } from '@/lib/i18n/locales';

export function LanguageSwitch({ saveToAccount = false }: { saveToAccount?: boolean }) {
  const { t, locale, setLocale } = useI18n();
  const trpc = useTRPC();
  const save = useMutation(trpc.auth.setLocale.mutationOptions());
  return (
    <FormField className="language-switch" label={t('lang.label')}>
      {(control) => (
        <select
          {...control}
          value={locale}
          onChange={(event) => {
            const next = event.target.value;
            if (!isLocale(next)) return;
            setLocale(next);
            if (saveToAccount) save.mutate({ locale: next });
          }}
        >
          {locales.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`lang.${code}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
