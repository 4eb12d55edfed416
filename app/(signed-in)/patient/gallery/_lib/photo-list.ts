/** The gallery's list: newest first, by kind, by day, and the two photos chosen to compare. */
import type { PhotoKind } from '@/lib/schemas/attachment';
import { photoKinds } from '@/lib/schemas/attachment';

interface Dated {
  id: string;
  createdAt: number;
}

export type KindFilter = PhotoKind | 'all';

export function newestFirst<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

export function countByKind(photos: ReadonlyArray<{ kind: string }>): Record<KindFilter, number> {
  const counts = Object.fromEntries([['all', photos.length], ...photoKinds.map((kind) => [kind, 0])]) as Record<KindFilter, number>;
  for (const photo of photos) if (photo.kind in counts && photo.kind !== 'all') counts[photo.kind as PhotoKind] += 1;
  return counts;
}

export function ofKind<T extends { kind: string }>(photos: T[], kind: KindFilter): T[] {
  return kind === 'all' ? photos : photos.filter((photo) => photo.kind === kind);
}

/** Choosing a photo already chosen lets it go; a third choice replaces the first. */
export function toggleChoice(chosen: readonly string[], id: string): string[] {
  if (chosen.includes(id)) return chosen.filter((other) => other !== id);
  return [...chosen, id].slice(-2);
}
