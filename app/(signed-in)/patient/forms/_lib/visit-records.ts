'use client';
/** The visit records of a patient's months on this device: posts and vital signs, for the report's calendar. */
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { nextMonth } from '@/lib/forms/calendar-days';
import { visitsFromRecords, type VisitRecord, type VisitStaff } from '@/lib/forms/visit-calendar';
import type { VisitDay } from '@/lib/forms/templates/report';
import { japanDate } from '@/lib/time/japan-time';
import type { Directory } from '@/app/_lib/offline/directory';

export async function findVisits(
  db: RenrakuDatabase,
  patientId: string,
  facilityId: string,
  months: string[],
  directory: Directory,
): Promise<VisitDay[]> {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const from = japanDate(`${first}-01`).getTime();
  const until = japanDate(`${nextMonth(last)}-01`).getTime();
  const [posts, readings] = await Promise.all([
    db.posts.find({ selector: { patientId, clientCreatedAt: { $gte: from, $lt: until } } }).exec(),
    db.observations.find({ selector: { patientId, measuredAt: { $gte: from, $lt: until } } }).exec(),
  ]);
  const records: VisitRecord[] = [
    ...posts
      .filter((post) => post.retractedAt === null)
      .map((post) => ({ authorId: post.authorId, at: post.clientCreatedAt, category: post.category })),
    ...readings
      .filter((reading) => reading.kind === 'vitals' && reading.retractedAt === null)
      .map((reading) => ({ authorId: reading.authorId, at: reading.measuredAt })),
  ];
  const staff = new Map<string, VisitStaff>(
    [...directory].map(([id, entry]) => [id, { facilityId: entry.facilityId, profession: entry.profession }]),
  );
  return visitsFromRecords(records, staff, facilityId, months);
}
