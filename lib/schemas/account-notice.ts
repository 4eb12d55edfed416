/**
 * Notices to a user about their own account, shown in the app until read: every sign-in factor
 * added or removed, so a factor someone else slipped in does not go unseen.
 */
import { z } from 'zod';

export const accountNoticeKinds = [
  'passkeyAdded',
  'passkeyRemoved',
  'totpAdded',
  'totpRemoved',
  'recoveryCodesRegenerated',
  /** An administrator removed every second factor. */
  'secondFactorsReset',
  /** Passkeys removed with a password change (the user's own, or an administrator's reset). */
  'passkeysRemoved',
] as const;
export type AccountNoticeKind = (typeof accountNoticeKinds)[number];

/** What a notice names: a passkey's name, how many were removed, on which device, or which administrator. */
export interface AccountNoticeDetails {
  name?: string;
  count?: number;
  device?: string | null;
  by?: string;
}

export interface AccountNotice {
  id: string;
  kind: AccountNoticeKind;
  details: AccountNoticeDetails;
  createdAt: Date;
}

export const markNoticesReadInput = z.object({ ids: z.array(z.uuid()).min(1).max(50) });
