/**
 * 施設登録申請: what a facility sends from its region's portal, checked with this one schema by the
 * form (field by field) and by the server; and how the region administrator decides it.
 */
import { z } from 'zod';
import { facilityKinds, professions } from '@/lib/domain/roles';
import { prefectures } from '@/lib/domain/prefectures';
import { findPasswordProblems, passwordMaxLength } from './password';
import { loginId } from './auth';
import { kanaPattern } from './patient';

const name = z.string().trim().min(1).max(100);
const kana = z.string().trim().min(1).max(100).regex(kanaPattern);

export const facilityApplicationInput = z
  .object({
    facilityName: name,
    /** Optional: empty means none. */
    facilityNameKana: z.union([z.literal(''), kana]).transform((value) => value || null),
    prefecture: z.enum(prefectures),
    municipality: z.string().trim().min(1).max(50),
    kind: z.enum(facilityKinds),
    contactFamilyName: z.string().trim().min(1).max(50),
    contactGivenName: z.string().trim().min(1).max(50),
    contactFamilyNameKana: kana.max(50),
    contactGivenNameKana: kana.max(50),
    profession: z.enum(professions),
    email: z.email().max(254),
    emailConfirm: z.string().trim().max(254),
    loginId,
    password: z.string().min(1).max(passwordMaxLength),
    agreedToTerms: z.literal(true),
  })
  .superRefine((value, ctx) => {
    if (value.email.toLowerCase() !== value.emailConfirm.toLowerCase())
      ctx.addIssue({ code: 'custom', path: ['emailConfirm'], message: 'mismatch' });
    if (findPasswordProblems(value.password).length > 0) ctx.addIssue({ code: 'custom', path: ['password'], message: 'policy' });
  });
export type FacilityApplicationInput = z.input<typeof facilityApplicationInput>;
export type FacilityApplication = z.output<typeof facilityApplicationInput>;
export type ApplicationField = keyof FacilityApplicationInput;

/** Public: the portal's slug, which the submission names. */
export const submitApplicationInput = z.object({ slug: z.string().trim().min(1).max(64), application: facilityApplicationInput });

export const applicationTarget = z.object({ applicationId: z.string().min(1).max(64) });
export const rejectApplicationInput = applicationTarget.extend({ reason: z.string().trim().min(1).max(1000) });
export type RejectApplicationInput = z.infer<typeof rejectApplicationInput>;

export interface ApplicationView {
  id: string;
  status: 'pending' | 'approved' | 'rejected';
  facilityName: string;
  facilityNameKana: string | null;
  prefecture: string;
  municipality: string;
  kind: (typeof facilityKinds)[number];
  contactName: string;
  contactNameKana: string;
  profession: (typeof professions)[number];
  email: string;
  loginId: string;
  submittedAt: Date;
  decidedAt: Date | null;
  decidedByName: string | null;
  rejectionReason: string | null;
  facilityId: string | null;
}
