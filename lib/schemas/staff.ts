/** Staff accounts as a facility administrator manages them. */
import { z } from 'zod';
import { professions } from '@/lib/domain/roles';
import { loginId } from './auth';
import { kanaPattern } from './patient';

export const createStaffInput = z.object({
  loginId,
  displayName: z.string().trim().min(1).max(100),
  displayNameKana: z.string().trim().min(1).max(100).regex(kanaPattern),
  profession: z.enum(professions),
  /** Given to the person; they must choose their own at first sign-in. Made by the server when absent. */
  temporaryPassword: z.string().min(1).max(256).optional(),
});
export type CreateStaffInput = z.infer<typeof createStaffInput>;

/** Many accounts at once (a CSV file, lib/staff/staff-csv.ts); the server makes every temporary password. */
export const createManyStaffInput = z.object({
  accounts: z
    .array(createStaffInput.omit({ temporaryPassword: true }))
    .min(1)
    .max(100),
});
export type CreateManyStaffInput = z.infer<typeof createManyStaffInput>;

export const staffTarget = z.object({ userId: z.string().min(1).max(64) });

/** What an administrator may correct about an account; the login ID stays (it is in the audit log). */
export const updateStaffInput = staffTarget.extend({
  displayName: z.string().trim().min(1).max(100),
  displayNameKana: z.string().trim().min(1).max(100).regex(kanaPattern),
  profession: z.enum(professions),
  email: z.union([z.literal(''), z.string().trim().max(254).email()]),
  /** A facility administrator may make another of their staff an administrator, or take it back. */
  role: z.enum(['staff', 'facilityAdmin']),
});
export type UpdateStaffInput = z.infer<typeof updateStaffInput>;
export const setStaffDisabledInput = staffTarget.extend({ disabled: z.boolean() });
export type SetStaffDisabledInput = z.infer<typeof setStaffDisabledInput>;
export const resetStaffPasswordInput = staffTarget.extend({
  temporaryPassword: z.string().min(1).max(256).optional(),
  /** Also remove the person's passkeys (one may be someone else's way in): the screen's box is ticked unless unticked. */
  removePasskeys: z.boolean().default(true),
});
export type ResetStaffPasswordInput = z.infer<typeof resetStaffPasswordInput>;

export interface StaffMember {
  id: string;
  loginId: string;
  displayName: string;
  displayNameKana: string;
  profession: (typeof professions)[number];
  role: 'staff' | 'facilityAdmin' | 'regionAdmin';
  email: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
}

/** A staff member who cannot sign in because of failures at their login ID (the staff screen). */
export interface LockoutView {
  userId: string;
  loginId: string;
  displayName: string;
  facilityName: string;
  until: Date;
  /** Where the failures came from, most recent first. */
  addresses: Array<{ ip: string; failures: number; lastAt: Date }>;
}
