/** Refuses clients that speak a sync protocol older than the server still supports. */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { minSupportedProtocolVersion, syncProtocolVersion } from '@/lib/sync/protocol';

export function assertSupportedProtocol(version: number): void {
  if (version < minSupportedProtocolVersion || version > syncProtocolVersion) {
    throw new AppError('CLIENT_OUTDATED', {
      clientVersion: version,
      serverVersion: syncProtocolVersion,
      minSupported: minSupportedProtocolVersion,
    });
  }
}
