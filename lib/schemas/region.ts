/**
 * A region's settings as its administrator changes them, the facilities it lists, and a
 * facility's withdrawal request (利用廃止申請). One schema for the forms and the server.
 */
import { z } from 'zod';
import { postCategories } from '@/lib/domain/categories';
import type { FacilityKind, FacilityStatus } from '@/lib/domain/roles';

export const twoFactorPolicies = ['administrators', 'everyone'] as const;
export type TwoFactorPolicy = (typeof twoFactorPolicies)[number];

/** A region's portal address, /join/<slug>: lower-case half-width letters, digits and hyphens. */
export const regionSlugPattern = /^[a-z0-9][a-z0-9-]{1,62}$/;
export const regionSlug = z.string().trim().max(63).toLowerCase().regex(regionSlugPattern);

/** Idle timeouts a region may set, in minutes: five minutes to one day. */
export const idleTimeoutBounds = { min: 5, max: 1440 } as const;

/** Minutes without use before the app locks on a device. */
export const lockAfterBounds = { min: 1, max: 30, default: 5 } as const;
/** Hours without reaching the server before a device's password stops unlocking its data. */
export const offlineLimitBounds = { min: 1, max: 336, default: 72 } as const;

export const regionSettingsInput = z.object({
  /** Enabled categories in display order; at least one, each once. */
  postCategories: z
    .array(z.enum(postCategories))
    .min(1)
    .max(postCategories.length)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicate' }),
  twoFactorPolicy: z.enum(twoFactorPolicies),
  deviceApprovalRequired: z.boolean(),
  /** null: the server's default (RENRAKU_SESSION_IDLE_TIMEOUT). */
  idleTimeoutMinutes: z.number().int().min(idleTimeoutBounds.min).max(idleTimeoutBounds.max).nullable(),
  lockAfterMinutes: z.number().int().min(lockAfterBounds.min).max(lockAfterBounds.max),
  offlineLimitHours: z.number().int().min(offlineLimitBounds.min).max(offlineLimitBounds.max),
});
export type RegionSettingsInput = z.infer<typeof regionSettingsInput>;

export const withdrawalRequestInput = z.object({
  reason: z.string().trim().min(1).max(1000),
  /** The day the facility wishes to stop, in Japan's calendar; optional. */
  desiredDate: z.iso.date().nullable(),
});
export type WithdrawalRequestInput = z.infer<typeof withdrawalRequestInput>;

export const withdrawalTarget = z.object({ requestId: z.string().min(1).max(64) });

export interface WithdrawalView {
  id: string;
  status: 'pending' | 'completed' | 'cancelled';
  reason: string;
  desiredDate: string | null;
  requestedAt: Date;
  requestedByName: string;
  decidedAt: Date | null;
}

export interface RegionFacilityView {
  id: string;
  name: string;
  kind: FacilityKind;
  status: FacilityStatus;
  prefecture: string | null;
  municipality: string | null;
  withdrawnAt: Date | null;
  activeStaff: number;
  disabledStaff: number;
  pendingWithdrawal: WithdrawalView | null;
}

export interface FacilityOverview {
  id: string;
  name: string;
  nameKana: string | null;
  kind: FacilityKind;
  status: FacilityStatus;
  prefecture: string | null;
  municipality: string | null;
  regionName: string;
  activeStaff: number;
  withdrawals: WithdrawalView[];
}

export interface MailOutboxEntry {
  id: string;
  template: string;
  to: string;
  subject: string;
  body: string;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
}
