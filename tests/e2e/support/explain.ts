/**
 * What a failing spec prints when a post it waits for does not show: the server's row, its read
 * receipts, the screen's feed and where the post's id is on the device (records are sealed, their
 * ids readable) — so a red CI run says whether the post never reached the device or is not shown.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { dataDirOf } from './servers';
import { dumpIndexedDb } from './timeline';

export async function explainMissingPost(page: Page, body: string): Promise<void> {
  const lines: string[] = [];
  const db = new Database(path.join(dataDirOf('main'), 'renraku.sqlite'), { readonly: true });
  let postId: string | undefined;
  try {
    const post = db
      .prepare<[string], { id: string }>(
        'SELECT id, patient_id, author_id, visibility, recipient_ids, seq, revision, retracted_at FROM posts WHERE body = ?',
      )
      .get(body);
    postId = post?.id;
    lines.push(`server post: ${JSON.stringify(post)}`);
    if (post)
      lines.push(
        `its receipts: ${JSON.stringify(db.prepare('SELECT user_id, read_at, seq FROM read_receipts WHERE post_id = ?').all(post.id))}`,
      );
    lines.push(`server posts: ${JSON.stringify(db.prepare('SELECT max(seq) AS seq, count(*) AS count FROM posts').get())}`);
  } finally {
    db.close();
  }
  lines.push(`statuses: ${JSON.stringify(await page.getByRole('status').allTextContents())}`);
  const items = await page
    .locator('[data-feed-item]')
    .evaluateAll((found) => found.map((item) => `${item.getAttribute('data-post-id')} ${item.textContent?.slice(0, 50)}`));
  lines.push(`feed items (${items.length}):`, ...items.map((item) => `  ${item}`));
  if (postId) {
    const dump = JSON.parse(await dumpIndexedDb(page)) as Record<string, Record<string, unknown[]>>;
    for (const [database, stores] of Object.entries(dump))
      for (const [store, rows] of Object.entries(stores)) {
        const hits = rows.filter((row) => JSON.stringify(row).includes(postId));
        if (hits.length > 0)
          lines.push(
            `device ${database}/${store} (${rows.length} rows): ${hits.map((row) => JSON.stringify(row).slice(0, 300)).join(' | ')}`,
          );
      }
  }
  console.log(`What the server and the device hold for "${body}":\n${lines.join('\n')}`);
}
