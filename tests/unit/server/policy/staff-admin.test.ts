/** Who may manage whose account: administrator × account × action, as a table. */
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/roles';
import { decideStaffManagement, staffActions, type StaffAction, type StaffFacts } from '@/server/policy/staff-admin';
import type { UserRecord } from '@/server/db/user-record';

const region = 'region-a';
const office = 'facility-office';
const station = 'facility-station';

function admin(id: string, role: Role, facilityId: string, regionId = region) {
  return { id, role, facility: { id: facilityId }, region: { id: regionId } } as unknown as UserRecord;
}

const regionAdmin = admin('region-admin', 'regionAdmin', office);
const otherRegionAdmin = admin('region-admin-2', 'regionAdmin', office);
const farRegionAdmin = admin('far-region-admin', 'regionAdmin', 'facility-far', 'region-b');
const officeAdmin = admin('office-admin', 'facilityAdmin', office);
const stationAdmin = admin('station-admin', 'facilityAdmin', station);
const staffMember = admin('nurse', 'staff', station);

const account = (id: string, role: Role, facilityId: string): StaffFacts => ({ id, role, facilityId, regionId: region });
const regionAdminAccount = account('region-admin', 'regionAdmin', office);
const nurseAccount = account('nurse', 'staff', station);
const officeClerk = account('clerk', 'staff', office);

const changes = staffActions.filter((action) => action !== 'view');

describe('decideStaffManagement', () => {
  it.each([
    // The region administrator's account: only another region administrator of the region.
    ['the office’s facility administrator', officeAdmin, regionAdminAccount, 'regionAdmin'],
    ['another facility’s administrator', stationAdmin, regionAdminAccount, 'otherFacility'],
    ['another region’s administrator', farRegionAdmin, regionAdminAccount, 'otherRegion'],
    ['a staff member', staffMember, regionAdminAccount, 'notAdmin'],
    // Ordinary accounts: their facility's administrator or their region's.
    ['another facility’s administrator, for a nurse', officeAdmin, nurseAccount, 'otherFacility'],
    ['a staff member, for a colleague', staffMember, nurseAccount, 'notAdmin'],
  ] as const)('refuses %s every change', (_who, who, target, reason) => {
    for (const action of changes) expect(decideStaffManagement(who, target, action), action).toEqual({ allowed: false, reason });
  });

  it.each([
    ['another region administrator of the region', otherRegionAdmin, regionAdminAccount],
    ['the region administrator, for a nurse', regionAdmin, nurseAccount],
    ['the nurse’s facility administrator', stationAdmin, nurseAccount],
    ['the office’s facility administrator, for its clerk', officeAdmin, officeClerk],
  ] as const)('lets %s make every change', (_who, who, target) => {
    for (const action of changes) expect(decideStaffManagement(who, target, action), action).toEqual({ allowed: true });
  });

  it('lets the office’s facility administrator see the region administrator in the staff list, and nothing more', () => {
    expect(decideStaffManagement(officeAdmin, regionAdminAccount, 'view')).toEqual({ allowed: true });
  });

  it.each([
    ['resetPassword', false],
    ['resetSecondFactors', false],
    ['disable', false],
    ['edit', true],
    ['unlock', true],
    ['manageDevice', true],
    ['view', true],
  ] as Array<[StaffAction, boolean]>)('on their own account, an administrator may %s: %s', (action, allowed) => {
    for (const self of [regionAdmin, stationAdmin]) {
      const decision = decideStaffManagement(self, account(self.id, self.role, self.facility.id), action);
      expect(decision).toEqual(allowed ? { allowed: true } : { allowed: false, reason: 'self' });
    }
  });
});
