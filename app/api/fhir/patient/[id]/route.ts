import { handleFhirExport } from '@/server/http/fhir-export-handler';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleFhirExport(request, id);
}
