'use client';
/**
 * 書き出し（FHIR）: the patient's record as a FHIR R4 file, made by the server for whoever is on
 * the team (GET /api/fhir/patient/:id, audited). It needs the network, so offline it says so; the
 * file is fetched before it is saved, so a refusal (a session that ended, the network gone) is
 * said on the page rather than saved as a file.
 */
import { FileDownloadProblem, useFileDownload } from '@/app/_components/file-download';
import { useI18n } from '@/app/_lib/i18n';
import { useOnline } from '@/app/_lib/use-online';

export function FhirExportLink({ patient }: { patient: { id: string; name: string } }) {
  const { t } = useI18n();
  const online = useOnline();
  const { busy, problem, save } = useFileDownload('patient_FHIR.json');
  const href = `/api/fhir/patient/${patient.id}`;
  return (
    <div className="fhir-export">
      {online ? (
        <a
          href={href}
          download
          className="button"
          aria-label={t('fhirExport.linkLabel', { name: patient.name })}
          aria-describedby="fhir-export-hint"
          aria-disabled={busy || undefined}
          onClick={save}
        >
          {t('fhirExport.link')}
        </a>
      ) : (
        <button type="button" className="button" disabled aria-describedby="fhir-export-hint">
          {t('fhirExport.link')}
        </button>
      )}
      <p className="hint" id="fhir-export-hint">
        {busy ? t('fhirExport.preparing') : online ? t('fhirExport.hint') : t('fhirExport.offline')}
      </p>
      <FileDownloadProblem problem={problem} />
    </div>
  );
}
