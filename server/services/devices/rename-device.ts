/** Renames a device (an administrator's or the owner's doing); the log keeps the old name and the new. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { audit } from '@/server/audit/audit';
import { devices } from '@/server/db/schema';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function renameDevice(
  options: Pick<AdminServiceOptions, 'db' | 'audit' | 'now'>,
  device: { id: string; name: string },
  name: string,
  ownerLoginId: string,
): { name: string } {
  if (device.name === name) return { name };
  options.db.transaction((tx) => {
    tx.update(devices).set({ name }).where(eq(devices.id, device.id)).run();
    audit(
      options,
      'device.renamed',
      { target: { type: 'device', id: device.id }, details: { loginId: ownerLoginId, from: device.name, to: name } },
      tx,
    );
  });
  return { name };
}
