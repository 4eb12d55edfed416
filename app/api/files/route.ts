import { handleUpload } from '@/server/http/file-handlers';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleUpload(request);
}
