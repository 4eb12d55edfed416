'use client';
/**
 * A file the server makes (an export), saved from a link: fetched first (app/_lib/download-file.ts)
 * so that a refusal — a session that ended, no network, no access — is said on the page, in the
 * user's language, instead of being saved as a file holding the error's JSON.
 */
import { useState, type MouseEvent } from 'react';
import type { ClientError } from '@/app/_lib/app-error-of';
import { describeError } from '@/app/_lib/describe-error';
import { downloadFile } from '@/app/_lib/download-file';
import { useI18n } from '@/app/_lib/i18n';

export interface FileDownload {
  busy: boolean;
  problem: ClientError | null;
  /** A link's click handler: fetches `href` and saves it (named by the server, else `fallbackName`). */
  save: (event: MouseEvent<HTMLAnchorElement>) => void;
}

export function useFileDownload(fallbackName: string): FileDownload {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ClientError | null>(null);
  const save = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    void downloadFile(event.currentTarget.href, fallbackName)
      .then(setProblem)
      .finally(() => setBusy(false));
  };
  return { busy, problem, save };
}

/** Why the last download was not saved, if it was not. */
export function FileDownloadProblem({ problem }: { problem: ClientError | null }) {
  const { locale } = useI18n();
  if (!problem) return null;
  return (
    <p className="alert alert-error" role="alert">
      {describeError(problem, locale)}
    </p>
  );
}
