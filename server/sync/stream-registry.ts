/**
 * The live streams open in this process, per user, so one user cannot hold more than a few: a
 * new one beyond the cap closes that user's oldest (most likely a tab or tablet long gone whose
 * connection the server has not yet noticed is dead).
 */
import 'server-only';

export const maxStreamsPerUser = 5;

interface OpenStream {
  evict: () => void;
}

const globalForStreams = globalThis as unknown as { renrakuStreams?: Map<string, OpenStream[]> };
const streams = (globalForStreams.renrakuStreams ??= new Map<string, OpenStream[]>());

/** Registers a stream; `evict` is called if a newer one of the user's pushes it out. Returns the unregister function. */
export function registerStream(userId: string, evict: () => void): () => void {
  const stream: OpenStream = { evict };
  const open = [...(streams.get(userId) ?? []), stream];
  while (open.length > maxStreamsPerUser) open.shift()?.evict();
  streams.set(userId, open);
  return () => {
    const left = (streams.get(userId) ?? []).filter((other) => other !== stream);
    if (left.length > 0) streams.set(userId, left);
    else streams.delete(userId);
  };
}

export function openStreamCount(userId: string): number {
  return streams.get(userId)?.length ?? 0;
}
