/** An entry of the region's user directory, as devices keep it to show who wrote what. */
import { z } from 'zod';
import { facilityKinds, professions } from '@/lib/domain/roles';

export const directoryEntry = z.object({
  id: z.string().max(64),
  displayName: z.string().max(100),
  displayNameKana: z.string().max(100),
  profession: z.enum(professions),
  facilityId: z.string().max(64),
  facilityName: z.string().max(200),
  facilityKind: z.enum(facilityKinds),
});
export type DirectoryEntry = z.infer<typeof directoryEntry>;
