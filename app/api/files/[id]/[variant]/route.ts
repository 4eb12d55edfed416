import { handleDownload } from '@/server/http/file-handlers';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string; variant: string }> }): Promise<Response> {
  const { id, variant } = await params;
  return handleDownload(request, id, variant);
}
