/** GET /api/fhir/patient/:id: the patient's record as a FHIR R4 Bundle to save (application/fhir+json). */
import 'server-only';
import { env } from '@/server/env';
import { exportPatientFhir } from '@/server/services/patients/export-patient-fhir';
import { attachmentDisposition } from './content-disposition';
import { responseOfError, signedInRequest } from './signed-in-request';

export function handleFhirExport(request: Request, patientId: string): Response {
  const options = signedInRequest(request, { stateChanging: false });
  if (options instanceof Response) return options;
  try {
    const { bundle, fileName } = exportPatientFhir({ ...options, baseUrl: env.baseUrl.origin }, { patientId });
    return new Response(JSON.stringify(bundle), {
      headers: {
        'Content-Type': 'application/fhir+json; charset=utf-8',
        'Content-Disposition': attachmentDisposition(fileName),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        // Patient data opened straight in a tab runs nothing, and no other site may embed it.
        'Content-Security-Policy': 'sandbox',
        'Cross-Origin-Resource-Policy': 'same-origin',
      },
    });
  } catch (error) {
    return responseOfError(error, 'fhir export');
  }
}
