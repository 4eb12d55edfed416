/** A user renames one of their own devices. */
import 'server-only';
import type { RenameDeviceInput } from '@/lib/schemas/device';
import { findOwnDevice } from '@/server/policy/device-admin';
import type { OwnDeviceServiceOptions } from '@/server/services/service-options';
import { renameDevice } from './rename-device';

export function renameOwnDevice(options: OwnDeviceServiceOptions, input: RenameDeviceInput): { name: string } {
  return renameDevice(options, findOwnDevice(options.db, options.user, input.deviceId), input.name, options.user.loginId);
}
