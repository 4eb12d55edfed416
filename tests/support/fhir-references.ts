/** Every `reference` in a Bundle, and those that name no entry of it (FHIR's rule: relative to the entry's base). */
import type { FhirBundle } from '@/lib/fhir/bundle';

function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) referencesIn(item, found);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'reference' && typeof inner === 'string') found.push(inner);
      else referencesIn(inner, found);
    }
  return found;
}

export function unresolvedReferences(bundle: FhirBundle): { count: number; unresolved: string[] } {
  const fullUrls = new Set(bundle.entry.map((entry) => entry.fullUrl));
  const unresolved: string[] = [];
  let count = 0;
  for (const entry of bundle.entry) {
    const base = entry.fullUrl.slice(0, entry.fullUrl.length - `${entry.resource.resourceType}/${entry.resource.id}`.length);
    for (const reference of referencesIn(entry.resource)) {
      count += 1;
      const absolute = /^[a-z]+:/.test(reference) ? reference : `${base}${reference}`;
      if (!fullUrls.has(absolute)) unresolved.push(`${entry.resource.resourceType}/${entry.resource.id} → ${reference}`);
    }
  }
  return { count, unresolved };
}
