/** Reading the audit log (監査ログ): the filters an administrator sets, and one entry as shown. */
import { z } from 'zod';

export const auditFilters = z.object({
  /** Exact login ID of the person who acted. */
  loginId: z.string().trim().max(64).optional(),
  patientId: z.uuid().optional(),
  action: z.string().trim().max(60).optional(),
  /** Days in Japan's calendar, both included. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditFilters = z.infer<typeof auditFilters>;

export const auditQuery = auditFilters.extend({
  /** The oldest entry of the previous page: the next page is older. */
  cursor: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(100),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export interface AuditEntryView {
  seq: number;
  at: number;
  action: string;
  outcome: 'success' | 'failure';
  loginId: string | null;
  userName: string | null;
  facilityName: string | null;
  patientId: string | null;
  patientName: string | null;
  ip: string | null;
  userAgent: string | null;
  details: string | null;
}

/** Failed sign-ins for login IDs that name no account, on one Japanese day (YYYY-MM-DD). */
export interface UnknownSignInDay {
  day: string;
  count: number;
}
