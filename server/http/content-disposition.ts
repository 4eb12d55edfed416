/**
 * `Content-Disposition: attachment` with the user's file name, per RFC 6266 / RFC 8187: an ASCII
 * stand-in for old clients and the exact name, percent-encoded as UTF-8, for the rest.
 */
export function attachmentDisposition(fileName: string): string {
  const cleaned =
    [...fileName]
      .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || c === '/' || c === '\\' ? '_' : c))
      .join('')
      .trim() || 'file';
  const ascii = cleaned.replace(/[^\x20-\x7e]/g, '_').replace(/["%;]/g, '_');
  const encoded = encodeURIComponent(cleaned).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
