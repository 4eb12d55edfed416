/** A care-team membership (支援チーム), as devices hold it: `id` is `<patientId>:<userId>`. */
import { z } from 'zod';

export const careTeamRoles = ['owner', 'member'] as const;
export type CareTeamRole = (typeof careTeamRoles)[number];

export const memberDoc = z.object({
  id: z.string().max(200),
  patientId: z.uuid(),
  userId: z.string().max(64),
  role: z.enum(careTeamRoles),
  addedAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type MemberDoc = z.infer<typeof memberDoc>;

export function memberId(patientId: string, userId: string): string {
  return `${patientId}:${userId}`;
}

export const addMemberInput = z.object({
  patientId: z.uuid(),
  userId: z.string().min(1).max(64),
  role: z.enum(careTeamRoles).default('member'),
});
export type AddMemberInput = z.infer<typeof addMemberInput>;
export const removeMemberInput = z.object({ patientId: z.uuid(), userId: z.string().min(1).max(64) });
export type RemoveMemberInput = z.infer<typeof removeMemberInput>;
