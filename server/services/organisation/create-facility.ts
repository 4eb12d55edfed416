/** Registers a facility in a region. */
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { FacilityKind, FacilityStatus } from '@/lib/domain/roles';
import type { DbExecutor } from '@/server/db/client';
import { facilities } from '@/server/db/schema';

export function createFacility(
  { db }: { db: DbExecutor },
  input: {
    regionId: string;
    name: string;
    nameKana?: string | null;
    kind: FacilityKind;
    status?: FacilityStatus;
    id?: string;
    prefecture?: string | null;
    municipality?: string | null;
  },
): { id: string } {
  const id = input.id ?? randomUUID();
  db.insert(facilities)
    .values({
      id,
      regionId: input.regionId,
      name: input.name,
      nameKana: input.nameKana ?? null,
      kind: input.kind,
      status: input.status ?? 'active',
      prefecture: input.prefecture ?? null,
      municipality: input.municipality ?? null,
    })
    .run();
  return { id };
}
