/**
 * The export's envelope: a Bundle of type `collection`. Each entry's fullUrl is the resource's
 * address under this server's FHIR base, so the entries' relative references (`Patient/…`)
 * resolve inside the Bundle, as FHIR's rules for references in a Bundle say.
 */
import type { FhirResource } from './resource';

export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  meta: { lastUpdated: string };
  type: 'collection';
  timestamp: string;
  entry: Array<{ fullUrl: string; resource: FhirResource }>;
}

/** Where resources would live on this server; `baseUrl` is the public URL (RENRAKU_BASE_URL). */
export const fhirBaseOf = (baseUrl: string) => `${baseUrl.replace(/\/+$/, '')}/fhir`;

export function collectionBundle(id: string, resources: FhirResource[], baseUrl: string, now: Date): FhirBundle {
  const base = fhirBaseOf(baseUrl);
  const seen = new Set<string>();
  const entry = resources.flatMap((resource) => {
    const key = `${resource.resourceType}/${resource.id}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ fullUrl: `${base}/${key}`, resource }];
  });
  return { resourceType: 'Bundle', id, meta: { lastUpdated: now.toISOString() }, type: 'collection', timestamp: now.toISOString(), entry };
}
