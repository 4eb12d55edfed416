/** What the screenshots need from the running demo's database: 山田 花子's id, her wound photos, a photo to attach. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export interface DemoFacts {
  yamadaId: string;
  /** Her wound photos' attachment ids, oldest first. */
  woundIds: string[];
  /** The newest wound photo's original, to attach in the composer. */
  photo: Buffer;
}

export function readDemoFacts(dataDir: string): DemoFacts {
  const db = new Database(path.join(dataDir, 'renraku.sqlite'), { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    const yamada = db.prepare("SELECT id FROM patients WHERE name = '山田 花子'").get() as { id: string } | undefined;
    if (!yamada) throw new Error('no 山田 花子 in the demo database');
    const wounds = db
      .prepare("SELECT id, variants FROM attachments WHERE patient_id = ? AND kind = 'wound' ORDER BY client_created_at")
      .all(yamada.id) as Array<{ id: string; variants: string }>;
    const newest = wounds.at(-1);
    const sha256 = newest ? (JSON.parse(newest.variants) as { original?: { sha256: string } }).original?.sha256 : undefined;
    if (!sha256) throw new Error('the demo has no wound photos: was it started with its file store?');
    const photo = fs.readFileSync(path.join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    return { yamadaId: yamada.id, woundIds: wounds.map((wound) => wound.id), photo };
  } finally {
    db.close();
  }
}
