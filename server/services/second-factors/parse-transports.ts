/** A stored passkey's transports (JSON, as the browser reported them), read back defensively. */
import 'server-only';

export function parseTransports(json: string | null): string[] | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
  } catch {
    return undefined;
  }
}
