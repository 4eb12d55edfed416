'use client';
/**
 * The demo's first-run list: who each demo account is, and a button that signs in as them through
 * the ordinary sign-in (and, for an administrator, the ordinary second step with a code computed
 * from the demo's public key). The server lists accounts only for a demo database, so a real
 * sign-in page shows nothing here.
 */
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { DemoAccount } from '@/lib/schemas/demo-account';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';

export function DemoAccounts({ disabled, onPick }: { disabled: boolean; onPick: (account: DemoAccount) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const headingId = useId();
  const accounts = useQuery(trpc.auth.demoAccounts.queryOptions(undefined, { staleTime: Infinity, retry: false }));
  if (!accounts.data?.length) return null;
  return (
    <section className="demo-accounts stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('demo.title')}</h2>
      <p className="hint">{t('demo.lead')}</p>
      <ul className="demo-account-list">
        {accounts.data.map((account) => (
          <li key={account.loginId} className="demo-account">
            <div className="demo-account-text">
              <strong>{account.name}</strong>
              <span className="demo-account-role">
                {t(`profession.${account.profession}` as MessageKey)}
                {account.role !== 'staff' && ` · ${t(`role.${account.role}` as MessageKey)}`}
              </span>
              <span className="hint">{t(`demo.who.${account.loginId}` as MessageKey)}</span>
            </div>
            <button type="button" className="button" disabled={disabled} onClick={() => onPick(account)}>
              {t('demo.signInAs', { name: account.name })}
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">{t('demo.adminNote')}</p>
    </section>
  );
}
