/** Devices as administrators and their users see them. */
import { z } from 'zod';

export const deviceStatuses = ['pending', 'approved', 'revoked'] as const;
export type DeviceStatus = (typeof deviceStatuses)[number];

export const deviceTarget = z.object({ deviceId: z.string().min(1).max(64) });
/** A device says how much of its user's work waits in it unsent. */
export const reportPendingInput = z.object({ count: z.number().int().min(0).max(1_000_000) });
export type ReportPendingInput = z.infer<typeof reportPendingInput>;
export const renameDeviceInput = deviceTarget.extend({ name: z.string().trim().min(1).max(60) });
export type RenameDeviceInput = z.infer<typeof renameDeviceInput>;
export const listDevicesInput = z.object({ status: z.enum(deviceStatuses).optional() }).optional();
export type ListDevicesInput = z.infer<typeof listDevicesInput>;

export interface DeviceSummary {
  id: string;
  name: string;
  os: string | null;
  browser: string | null;
  status: DeviceStatus;
  firstSeenAt: Date;
  lastSeenAt: Date;
  lastIp: string | null;
  decidedAt: Date | null;
  /** Sessions open on it now. */
  activeSessions: number;
  /** Unsent items it last reported (0: none, or it never said), and when. */
  pendingCount: number;
  pendingReportedAt: Date | null;
}

/** As an administrator sees it: whose device it is. */
export interface ManagedDevice extends DeviceSummary {
  user: { id: string; loginId: string; displayName: string; facilityName: string };
  decidedByName: string | null;
}

/** As its user sees it, with the device making the request marked. */
export interface OwnDevice extends DeviceSummary {
  current: boolean;
}

/** What the signed-in browser knows of its own device (auth.me). */
export interface CurrentDevice {
  id: string;
  name: string;
  status: DeviceStatus;
  /** Whether patient data may reach it now (server/services/devices/find-device). */
  receivesPatientData: boolean;
}

/**
 * What a full sign-in gives the device (devices.unlockKey): its secret that wraps the data key
 * (base64, 32 bytes), and the region's limits the device enforces offline.
 */
export interface DeviceKeyRelease {
  secret: string;
  lockAfterMinutes: number;
  offlineLimitHours: number;
}
