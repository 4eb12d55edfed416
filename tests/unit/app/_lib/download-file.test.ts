/** The name a fetched export is saved under: the server's RFC 6266 header, read back. */
import { describe, expect, it } from 'vitest';
import { fileNameOf } from '@/app/_lib/download-file';
import { attachmentDisposition } from '@/server/http/content-disposition';

describe('fileNameOf', () => {
  it('reads back the UTF-8 name the server sent, Japanese included', () => {
    expect(fileNameOf(attachmentDisposition('山田花子_FHIR_2026-12-01.json'), 'fallback.json')).toBe('山田花子_FHIR_2026-12-01.json');
  });

  it('takes the plain name without filename*, and the fallback without a header', () => {
    expect(fileNameOf('attachment; filename="audit.csv"', 'fallback.json')).toBe('audit.csv');
    expect(fileNameOf(null, 'fallback.json')).toBe('fallback.json');
    expect(fileNameOf('attachment; filename="x.json"; filename*=UTF-8\'\'%E0%A4', 'fallback.json')).toBe('x.json');
  });
});
