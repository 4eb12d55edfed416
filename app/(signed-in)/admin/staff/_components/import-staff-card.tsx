'use client';
/**
 * Many accounts at once: a CSV file (as Excel saves it, or from the template), checked on the
 * device row by row before anything is sent; created all together or not at all.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent } from 'react';
import { decodeCsvBytes, maxStaffCsvRows, professionOf, readStaffCsv, staffCsvTemplate, type StaffCsv } from '@/lib/staff/staff-csv';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField } from '@/app/_components/form-field';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import type { HandOver } from './temporary-password';

export function ImportStaffCard({ online, onCreated }: { online: boolean; onCreated: (handOvers: HandOver[]) => void }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [csv, setCsv] = useState<StaffCsv | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const createMany = useMutation(trpc.staff.createMany.mutationOptions());
  const rows = csv?.ok ? csv.rows : [];
  const ready = rows.length > 0 && rows.every((row) => row.problems.length === 0 && row.account);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    createMany.reset();
    const file = event.target.files?.[0];
    setCsv(file ? readStaffCsv(decodeCsvBytes(new Uint8Array(await file.arrayBuffer()))) : null);
  }

  function downloadTemplate() {
    const url = URL.createObjectURL(new Blob([staffCsvTemplate(locale)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('staffCsv.templateFileName');
    link.click();
    URL.revokeObjectURL(url);
  }

  function create() {
    const accounts = rows.flatMap((row) => (row.account ? [row.account] : []));
    createMany.mutate(
      { accounts },
      {
        onSuccess: (created) => {
          onCreated(
            created.map((account) => ({
              name: account.displayName,
              loginId: account.loginId,
              temporaryPassword: account.temporaryPassword,
            })),
          );
          setCsv(null);
          setInputKey((key) => key + 1);
          void queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
        },
      },
    );
  }

  const fileProblem =
    csv && !csv.ok
      ? csv.problem === 'missingColumns'
        ? t('staffCsv.missingColumns', {
            columns: (csv.missing ?? []).map((column) => t(`staffCsv.column.${column}`)).join(t('staffCsv.listSeparator')),
          })
        : t(`staffCsv.${csv.problem}`, { max: maxStaffCsvRows })
      : null;
  const refusal = createMany.error ? clientErrorOf(createMany.error) : null;
  const takenIds = refusal && 'details' in refusal && Array.isArray(refusal.details?.loginIds) ? refusal.details.loginIds : null;
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('staffCsv.title')}</h2>
      <p className="hint">{t('staffCsv.lead', { max: maxStaffCsvRows })}</p>
      <div className="row">
        <button type="button" className="button" onClick={downloadTemplate}>
          {t('staffCsv.template')}
        </button>
      </div>
      <FormField label={t('staffCsv.file')}>
        {(control) => <input key={inputKey} {...control} type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} />}
      </FormField>
      <ErrorAlert>{fileProblem}</ErrorAlert>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="csv-preview">
            <caption>
              {ready
                ? t('staffCsv.readyCaption', { count: rows.length })
                : t('staffCsv.problemCaption', { count: rows.filter((row) => row.problems.length > 0).length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('staffCsv.line')}</th>
                <th scope="col">{t('staffCsv.column.displayName')}</th>
                <th scope="col">{t('staffCsv.column.displayNameKana')}</th>
                <th scope="col">{t('staffCsv.column.loginId')}</th>
                <th scope="col">{t('staffCsv.column.profession')}</th>
                <th scope="col">{t('staffCsv.check')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const profession = professionOf(row.values.profession);
                return (
                  <tr key={row.line} data-problem={row.problems.length > 0 || undefined}>
                    <td>{row.line}</td>
                    <td>{row.values.displayName}</td>
                    <td>{row.values.displayNameKana}</td>
                    <td>
                      <code>{row.values.loginId}</code>
                    </td>
                    <td>{profession ? t(`profession.${profession}`) : row.values.profession}</td>
                    <td>
                      {row.problems.length === 0
                        ? t('staffCsv.ok')
                        : row.problems.map((problem) => t(`staffCsv.problem.${problem}`)).join(t('staffCsv.listSeparator'))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ErrorAlert error={createMany.error}>{takenIds && t('staffCsv.taken', { loginIds: takenIds.join(', ') })}</ErrorAlert>
      {rows.length > 0 && (
        <div className="row">
          <button type="button" className="button button-primary" disabled={!online || !ready || createMany.isPending} onClick={create}>
            {createMany.isPending ? t('staffCsv.creating') : t('staffCsv.create', { count: rows.length })}
          </button>
        </div>
      )}
    </section>
  );
}
