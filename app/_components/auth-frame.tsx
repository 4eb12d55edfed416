'use client';
/** The frame of the screens before one is signed in: the language switch, the card, the footer. */
import type { ReactNode } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import { LanguageSwitch } from './language-switch';

export function AuthFrame({ cardClassName = 'card auth-card', children }: { cardClassName?: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="auth-page">
      <div className="auth-top">
        <LanguageSwitch />
      </div>
      <main className="auth-main">
        <div className={cardClassName}>{children}</div>
      </main>
      <footer className="auth-foot">{t('app.description')}</footer>
    </div>
  );
}
