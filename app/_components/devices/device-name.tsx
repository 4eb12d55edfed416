'use client';
/** A device's name with a Rename button that turns it into a small form. */
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '@/app/_lib/i18n';

export function DeviceName({
  name,
  suffix,
  disabled,
  saving,
  onRename,
}: {
  name: string;
  suffix?: string;
  disabled: boolean;
  saving: boolean;
  onRename: (name: string) => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);
  const inputId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = draft.trim();
    if (trimmed && trimmed !== name) onRename(trimmed);
    setEditing(false);
  }

  if (!editing) {
    return (
      <div className="row device-name">
        <span className="member-name">
          {name}
          {suffix && <span className="badge"> {suffix}</span>}
        </span>
        <button
          type="button"
          className="button button-small"
          aria-label={t('device.renameNamed', { name })}
          disabled={disabled || saving}
          onClick={() => {
            setDraft(name);
            setEditing(true);
          }}
        >
          {t('device.rename')}
        </button>
      </div>
    );
  }
  return (
    <form className="row device-name field" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('device.nameLabel')}
      </label>
      <input id={inputId} value={draft} maxLength={60} required autoFocus onChange={(event) => setDraft(event.target.value)} />
      <button type="submit" className="button button-small button-primary" disabled={!draft.trim()}>
        {t('device.save')}
      </button>
      <button type="button" className="button button-small" onClick={() => setEditing(false)}>
        {t('device.cancel')}
      </button>
    </form>
  );
}
