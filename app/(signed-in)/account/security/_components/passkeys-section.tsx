'use client';
/** Passkeys: the list (rename, remove) and adding one on this device. */
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField } from '@/app/_components/form-field';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { describeError } from '@/app/_lib/describe-error';
import { useI18n } from '@/app/_lib/i18n';
import { registerPasskey } from '@/app/_lib/passkey-ceremony';
import { useTRPC } from '@/app/_lib/trpc';
import { formatDateTime } from '@/lib/i18n/format';
import { passkeyNameMaxLength } from '@/lib/schemas/second-factor';

interface Passkey {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

interface Props {
  passkeys: Passkey[];
  /** Identity proved recently: adding and removing may proceed (renaming needs no proof). */
  confirmed: boolean;
  onChanged: () => Promise<void>;
  onRegistered: (codes: string[] | null) => Promise<void>;
}

export function PasskeysSection({ passkeys, confirmed, onChanged, onRegistered }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const headingId = useId();
  const [name, setName] = useState(() => t('security.passkeys.defaultName'));
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const options = useMutation(trpc.secondFactor.passkeyRegistrationOptions.mutationOptions());
  const register = useMutation(trpc.secondFactor.registerPasskey.mutationOptions());
  const busy = options.isPending || register.isPending;

  async function add(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      const { challengeId, options: optionsJSON } = await options.mutateAsync();
      const ceremony = await registerPasskey(optionsJSON);
      if (!ceremony.ok)
        return setMessage({
          kind: 'error',
          text: t(ceremony.reason === 'cancelled' ? 'security.passkeys.cancelled' : 'signIn.passkeyUnsupported'),
        });
      const { recoveryCodes } = await register.mutateAsync({ challengeId, name: name.trim(), response: ceremony.response });
      setMessage({ kind: 'info', text: t('security.passkeys.added') });
      await onRegistered(recoveryCodes);
      await onChanged();
    } catch (cause) {
      setMessage({ kind: 'error', text: describeError(clientErrorOf(cause), locale) });
      await onChanged();
    }
  }

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.passkeys.title')}</h2>
      <p className="hint">{t('security.passkeys.lead')}</p>
      {passkeys.length === 0 ? (
        <p>{t('security.passkeys.none')}</p>
      ) : (
        <ul className="member-list" aria-label={t('security.passkeys.listLabel')}>
          {passkeys.map((passkey) => (
            <PasskeyRow key={passkey.id} passkey={passkey} confirmed={confirmed} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {message?.kind === 'info' && (
        <p className="alert alert-info" role="status">
          {message.text}
        </p>
      )}
      <ErrorAlert>{message?.kind === 'error' && message.text}</ErrorAlert>
      <form className="stack" onSubmit={(event) => void add(event)} noValidate>
        <FormField label={t('security.passkeys.name')} maxLength={passkeyNameMaxLength} required value={name} onChange={setName} />
        <button type="submit" className="button button-primary" disabled={busy || !confirmed || !name.trim()}>
          {busy ? t('security.passkeys.adding') : t('security.passkeys.add')}
        </button>
      </form>
    </section>
  );
}

function PasskeyRow({ passkey, confirmed, onChanged }: { passkey: Passkey; confirmed: boolean; onChanged: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(passkey.name);
  const inputId = useId();
  const rename = useMutation(
    trpc.secondFactor.renamePasskey.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        await onChanged();
      },
    }),
  );
  const remove = useMutation(trpc.secondFactor.removePasskey.mutationOptions({ onSuccess: onChanged, onError: () => void onChanged() }));
  const error = rename.error ?? remove.error;
  return (
    <li className="member-row">
      <div>
        <div className="member-name">{passkey.name}</div>
        <div className="hint">
          {t('security.passkeys.created', { date: formatDateTime(passkey.createdAt, locale) })} ·{' '}
          {passkey.lastUsedAt
            ? t('security.passkeys.lastUsed', { date: formatDateTime(passkey.lastUsedAt, locale) })
            : t('security.passkeys.neverUsed')}
        </div>
        <ErrorAlert error={error} inline />
        {editing && (
          <form
            className="row"
            onSubmit={(event) => {
              event.preventDefault();
              rename.mutate({ id: passkey.id, name: name.trim() });
            }}
          >
            <label htmlFor={inputId} className="visually-hidden">
              {t('security.passkeys.newName', { name: passkey.name })}
            </label>
            <input id={inputId} maxLength={passkeyNameMaxLength} value={name} onChange={(event) => setName(event.target.value)} />
            <button type="submit" className="button button-small button-primary" disabled={rename.isPending || !name.trim()}>
              {t('security.passkeys.save')}
            </button>
          </form>
        )}
      </div>
      <div className="row">
        <button type="button" className="button button-small" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {t('security.passkeys.rename', { name: passkey.name })}
        </button>
        <ConfirmButton
          className="button button-small button-danger"
          label={t('security.passkeys.remove', { name: passkey.name })}
          question={t('security.passkeys.removeConfirm', { name: passkey.name })}
          onConfirm={() => remove.mutate({ id: passkey.id })}
          disabled={!confirmed}
        />
      </div>
    </li>
  );
}
