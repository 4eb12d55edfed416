/** The server's one file store, under RENRAKU_DATA_DIR/files. */
import 'server-only';
import { env } from '@/server/env';
import { createContentStore, type ContentStore } from '@/server/files/content-store';

let store: ContentStore | null = null;

export function appContentStore(): ContentStore {
  store ??= createContentStore(env.filesDir);
  return store;
}
