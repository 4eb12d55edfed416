/**
 * At sign-in: the device record of this browser install for this user, made on first sign-in
 * (pending where the region requires approval, else approved) and touched on each later one.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { devices, type DeviceRow } from '@/server/db/schema';
import { deviceKeyHash } from '@/server/auth/device-cookie';
import { describePlatform } from '@/server/devices/describe-platform';

export interface DeviceSighting {
  userId: string;
  deviceKey: string;
  ip: string | null;
  userAgent: string | null;
  approvalRequired: boolean;
}

export function recognizeDevice(db: DbExecutor, sighting: DeviceSighting, now: Date): DeviceRow {
  const keyHash = deviceKeyHash(sighting.deviceKey);
  const known = db
    .select()
    .from(devices)
    .where(and(eq(devices.userId, sighting.userId), eq(devices.keyHash, keyHash)))
    .get();
  const userAgent = sighting.userAgent?.slice(0, 512) ?? null;
  if (known) {
    const seen = { lastSeenAt: now, lastIp: sighting.ip, userAgent };
    db.update(devices).set(seen).where(eq(devices.id, known.id)).run();
    return { ...known, ...seen };
  }
  const platform = describePlatform(userAgent);
  const row: DeviceRow = {
    id: randomUUID(),
    userId: sighting.userId,
    keyHash,
    name: platform.name,
    os: platform.os,
    browser: platform.browser,
    userAgent,
    status: sighting.approvalRequired ? 'pending' : 'approved',
    firstSeenAt: now,
    lastSeenAt: now,
    lastIp: sighting.ip,
    decidedAt: null,
    decidedBy: null,
    pendingCount: 0,
    pendingReportedAt: null,
    keySecret: null,
  };
  db.insert(devices).values(row).run();
  return row;
}
