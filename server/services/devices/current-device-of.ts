/** What the browser is told of the device it is on. */
import 'server-only';
import type { CurrentDevice } from '@/lib/schemas/device';
import { mayReceivePatientData } from '@/server/policy/device-access';
import type { SignedIn } from '@/server/services/service-options';

export function currentDeviceOf(signedIn: Pick<SignedIn, 'device' | 'user'>): CurrentDevice | null {
  if (!signedIn.device) return null;
  return {
    id: signedIn.device.id,
    name: signedIn.device.name,
    status: signedIn.device.status,
    receivesPatientData: mayReceivePatientData(signedIn),
  };
}
