/**
 * 山田 花子's photos and documents: the heel ulcer's six photos, each scored with DESIGN-R®2020, a
 * pharmacy's FAX, a page of the paper notebook at her home, the hospital's printed CT and its
 * referral letter as a PDF. The posts are written with the rest of the demo (planDemoMedia, in its
 * transaction); the files then go through the upload service the app uses, so their variants
 * (thumbnail, display, legible) are real.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { PostCategory } from '@/lib/domain/categories';
import type { AttachmentKind } from '@/lib/schemas/attachment';
import { designRNotation, designRTotal } from '@/lib/wounds/design-r';
import { japanDay } from '@/lib/time/japan-time';
import { auditContextOf } from '@/server/audit/audit-context';
import type { Db, DbExecutor } from '@/server/db/client';
import { observations, readReceipts } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { findUserRecord } from '@/server/db/user-record';
import type { ContentStore } from '@/server/files/content-store';
import { actorOf } from '@/server/policy/actor';
import { uploadAttachment } from '@/server/services/files/upload-attachment';
import { sha256Hex } from './images/sha256-hex';
import { drawCtPrint } from './images/ct-print';
import { drawFaxPage, drawNotebookPage } from './images/paper-page';
import { pdfOfJpeg } from './images/pdf-of-jpeg';
import { drawWoundPhoto } from './images/wound-photo';
import { demoFax, demoNotebook, demoReferral } from './demo-pages';
import { addPost, type StaffIds } from './demo-timeline';
import { woundSeries, woundSite } from './demo-wound-series';

const day = 86_400_000;
const at = (now: number, daysAgo: number, hour: number) => Math.floor((now - daysAgo * day) / day) * day + (hour - 9) * 3_600_000;
const slashed = (time: number) => japanDay(time).replaceAll('-', '/');

/** A file waiting for its post: drawn and uploaded once the demo's transaction has committed. */
export interface DemoUpload {
  postId: string;
  patientId: string;
  authorId: string;
  kind: AttachmentKind;
  fileName: string;
  at: number;
  draw: () => Promise<Buffer>;
  woundScore?: (typeof woundSeries)[number];
}

/** Posts read by now: the team has seen everything older than five days; the newer ones wait for the doctor. */
function markRead(tx: DbExecutor, staff: StaffIds, postId: string, patientId: string, authorId: string, time: number, now: number) {
  if (now - time < 5 * day) return;
  for (const reader of [staff.doctor, staff.nurse, staff.caremanager]) {
    if (reader.userId === authorId) continue;
    tx.insert(readReceipts)
      .values({ postId, userId: reader.userId, patientId, readAt: time + 3_600_000, receivedAt: time + 3_600_000, seq: nextSeq(tx) })
      .run();
  }
}

export function planDemoMedia(tx: DbExecutor, staff: StaffIds, yamada: string, now = Date.now()): DemoUpload[] {
  const uploads: DemoUpload[] = [];
  const add = (
    author: keyof StaffIds,
    category: PostCategory,
    body: string,
    time: number,
    file: Omit<DemoUpload, 'postId' | 'patientId' | 'authorId' | 'at'>,
  ) => {
    const authorId = staff[author].userId;
    const postId = addPost(tx, yamada, authorId, category, body, time);
    markRead(tx, staff, postId, yamada, authorId, time, now);
    uploads.push({ postId, patientId: yamada, authorId, at: time, ...file });
  };

  for (const [index, visit] of woundSeries.entries()) {
    const time = at(now, visit.daysAgo, 11.5);
    add('nurse', 'photo', `${visit.note}\nDESIGN-R® ${designRNotation(visit.codes)}`, time, {
      kind: 'wound',
      fileName: `IMG_${2401 + index * 7}.jpg`,
      draw: () => drawWoundPhoto({ ...visit, label: `山田 花子\u3000${woundSite}\u3000${slashed(time)}` }),
      woundScore: visit,
    });
  }
  const referralTime = at(now, 19, 16);
  add('doctor', 'document', '入院先（みどり総合病院）からの診療情報提供書（PDF）を共有します。右踵部褥瘡の経過を含みます。', referralTime, {
    kind: 'document',
    fileName: '診療情報提供書_みどり総合病院.pdf',
    draw: async () => pdfOfJpeg(await drawFaxPage(demoReferral(slashed(referralTime)))),
  });
  const ctTime = at(now, 9, 17);
  add(
    'doctor',
    'clinical',
    `${slashed(ctTime - 2 * day)} みどり総合病院で胸部CT。胸水なし、心拡大は軽度。結果の紙を撮影して共有します。`,
    ctTime,
    {
      kind: 'medicalImage',
      fileName: 'CT.jpg',
      draw: () => drawCtPrint(`みどり総合病院  胸部CT  ${slashed(ctTime - 2 * day)}`),
    },
  );
  const faxTime = at(now, 4, 14);
  add('nurse', 'fax', 'みどり調剤薬局から服薬情報提供書（FAX）。フロセミドの飲み忘れが3錠。次回訪問時に服薬を確認します。', faxTime, {
    kind: 'fax',
    fileName: 'FAX.jpg',
    draw: () => drawFaxPage(demoFax(faxTime)),
  });
  const notebookTime = at(now, 1, 11.5);
  add('nurse', 'photo', 'ご自宅の連絡ノートを撮影しました（ご家族・ヘルパーさんの記入分）。', notebookTime, {
    kind: 'notebook',
    fileName: 'ノート.jpg',
    draw: () => drawNotebookPage(demoNotebook(notebookTime)),
  });
  return uploads;
}

/** Draws and uploads the files, each as its author through the upload service, then records the wound scores. */
export async function uploadDemoMedia({ db, store }: { db: Db; store: ContentStore }, uploads: DemoUpload[]): Promise<void> {
  const drawn = await Promise.all(uploads.map((upload) => upload.draw()));
  const attachmentIds = await Promise.all(
    uploads.map(async (upload, index) => {
      const user = findUserRecord(db, { id: upload.authorId });
      if (!user) throw new Error(`no demo user ${upload.authorId}`);
      const bytes = drawn[index]!;
      const doc = await uploadAttachment(
        {
          db,
          actor: actorOf(user),
          audit: auditContextOf({ ip: null, userAgent: 'npm run demo' }, { user }),
          store,
          facilityQuotaBytes: Number.MAX_SAFE_INTEGER,
          now: new Date(upload.at + 120_000),
        },
        {
          id: randomUUID(),
          postId: upload.postId,
          patientId: upload.patientId,
          kind: upload.kind,
          fileName: upload.fileName,
          sha256: sha256Hex(bytes),
          clientCreatedAt: upload.at,
        },
        Readable.from([bytes]),
      );
      return doc.id;
    }),
  );
  db.transaction((tx) => {
    uploads.forEach((upload, index) => {
      const visit = upload.woundScore;
      if (!visit) return;
      tx.insert(observations)
        .values({
          id: randomUUID(),
          patientId: upload.patientId,
          authorId: upload.authorId,
          kind: 'woundScore',
          measuredAt: upload.at,
          postId: upload.postId,
          attachmentId: attachmentIds[index] ?? null,
          vitals: null,
          woundScore: { site: woundSite, ...visit.codes, total: designRTotal(visit.codes) },
          clientCreatedAt: upload.at,
          serverCreatedAt: upload.at + 180_000,
          seq: nextSeq(tx),
        })
        .run();
    });
  });
}
