/** Devices as administrators and their users see them. */
import { z } from 'zod';

export const deviceStatuses = ['pending', 'approved', 'revoked'] as const;
export type DeviceStatus = (typeof deviceStatuses)[number];

export const deviceTarget = z.object({ deviceId: z.string().min(1).max(64) });
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
