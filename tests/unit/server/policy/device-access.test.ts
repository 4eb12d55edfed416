/** Which devices patient data may reach: device status × the region's approval policy. */
import { describe, expect, it } from 'vitest';
import { mayReceivePatientData } from '@/server/policy/device-access';
import type { DeviceRow } from '@/server/db/schema';
import type { UserRecord } from '@/server/db/user-record';

const userIn = (deviceApprovalRequired: boolean) => ({ region: { deviceApprovalRequired } }) as unknown as UserRecord;
const device = (status: DeviceRow['status']) => ({ status }) as DeviceRow;

describe('mayReceivePatientData', () => {
  it.each([
    ['approved', true, true],
    ['approved', false, true],
    ['pending', true, false],
    ['pending', false, true],
    ['revoked', true, false],
    ['revoked', false, false],
    ['no device record', true, false],
    ['no device record', false, true],
  ] as const)('%s device, region requires approval: %s → may receive: %s', (status, required, expected) => {
    const signedIn = { device: status === 'no device record' ? null : device(status), user: userIn(required) };
    expect(mayReceivePatientData(signedIn)).toBe(expected);
  });
});
