/** An administrator renames a device of someone in their reach. */
import 'server-only';
import type { RenameDeviceInput } from '@/lib/schemas/device';
import { findManageableDevice } from '@/server/policy/device-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { renameDevice } from './rename-device';

export function renameManagedDevice(options: AdminServiceOptions, input: RenameDeviceInput): { name: string } {
  const { device, owner } = findManageableDevice(options.db, options.admin, input.deviceId);
  return renameDevice(options, device, input.name, owner.loginId);
}
