/** An upload's file name travels in a header, never in the address that proxies log. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeFileName, fileNameHeader, uploadUrl } from '@/app/_lib/offline/xhr-upload';
import type { OutboxFile } from '@/lib/offline/outbox-records';
import { uploadMetaOf } from '@/server/http/upload-meta';

const file = {
  id: randomUUID(),
  postId: randomUUID(),
  patientId: randomUUID(),
  kind: 'wound',
  fileName: '山田様 褥瘡%#?.jpg',
  sha256: 'a'.repeat(64),
  createdAt: 1_760_000_000_000,
} as unknown as OutboxFile;

const origin = 'http://localhost:3000';

describe('the upload request', () => {
  it('keeps the name out of the address and sends it, encoded, in a header the server reads back', () => {
    const url = uploadUrl(file);
    expect(url).not.toContain('name=');
    expect(decodeURIComponent(url)).not.toContain('褥瘡');
    const request = new Request(`${origin}${url}`, { method: 'POST', headers: { [fileNameHeader]: encodeFileName(file.fileName) } });
    expect(uploadMetaOf(request)).toMatchObject({ id: file.id, kind: 'wound', fileName: '山田様 褥瘡%#?.jpg' });
  });

  it('refuses a header that is not valid percent-encoding', () => {
    const request = new Request(`${origin}${uploadUrl(file)}`, { method: 'POST', headers: { [fileNameHeader]: '%E0%A4%A' } });
    expect(uploadMetaOf(request)).toBeNull();
  });

  it('still reads the name from the query of an app started before the change', () => {
    const request = new Request(`${origin}${uploadUrl(file)}&name=${encodeURIComponent('古い.jpg')}`, { method: 'POST' });
    expect(uploadMetaOf(request)?.fileName).toBe('古い.jpg');
  });
});
