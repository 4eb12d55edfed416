/**
 * The care team (支援チーム) as FHIR: a CareTeam whose participants are PractitionerRoles (the
 * person's profession at their facility), each naming its Practitioner and Organization.
 */
import type { CareTeamRole } from '@/lib/schemas/care-team';
import type { FacilityKind, Profession } from '@/lib/domain/roles';
import { translate } from '@/lib/i18n/catalogue';
import { japanIsoTime } from '@/lib/time/japan-time';
import { japaneseNames, nonEmpty, referenceTo, renrakuSystems, type FhirResource } from './resource';

export interface StaffFacts {
  id: string;
  displayName: string;
  displayNameKana: string;
  profession: Profession;
  facilityId: string;
  active: boolean;
}

export interface FacilityFacts {
  id: string;
  name: string;
  nameKana: string | null;
  kind: FacilityKind;
  active: boolean;
}

export interface MembershipFacts {
  userId: string;
  role: CareTeamRole;
  addedAt: number;
  removedAt: number | null;
}

/** One role per person: a user works at one facility in one profession. */
export const practitionerRoleId = (userId: string) => `role-${userId}`;

export function practitionerToFhir(staff: StaffFacts): FhirResource {
  return {
    resourceType: 'Practitioner',
    id: staff.id,
    identifier: [{ system: renrakuSystems.userId, value: staff.id }],
    active: staff.active,
    name: japaneseNames(staff.displayName, staff.displayNameKana),
  };
}

export function practitionerRoleToFhir(staff: StaffFacts): FhirResource {
  return {
    resourceType: 'PractitionerRole',
    id: practitionerRoleId(staff.id),
    active: staff.active,
    practitioner: referenceTo('Practitioner', staff.id),
    organization: referenceTo('Organization', staff.facilityId),
    code: [
      {
        coding: [{ system: renrakuSystems.profession, code: staff.profession, display: translate('ja', `profession.${staff.profession}`) }],
      },
    ],
  };
}

export function organizationToFhir(facility: FacilityFacts): FhirResource {
  const kana = nonEmpty(facility.nameKana);
  return {
    resourceType: 'Organization',
    id: facility.id,
    identifier: [{ system: renrakuSystems.facilityId, value: facility.id }],
    active: facility.active,
    type: [
      { coding: [{ system: renrakuSystems.facilityKind, code: facility.kind, display: translate('ja', `facilityKind.${facility.kind}`) }] },
    ],
    name: facility.name,
    ...(kana ? { alias: [kana] } : {}),
  };
}

/** Everyone who has been on the team; those who left with the end of their period. */
export function careTeamToFhir(
  patient: { id: string; name: string; archivedAt: number | null },
  members: MembershipFacts[],
  staff: ReadonlyMap<string, StaffFacts>,
): FhirResource {
  const participants = members.flatMap((member) => {
    const person = staff.get(member.userId);
    if (!person) return [];
    return [
      {
        role: [{ coding: [{ system: renrakuSystems.careTeamRole, code: member.role }] }],
        member: { ...referenceTo('PractitionerRole', practitionerRoleId(person.id)), display: person.displayName },
        onBehalfOf: referenceTo('Organization', person.facilityId),
        period: {
          start: japanIsoTime(member.addedAt),
          ...(member.removedAt === null ? {} : { end: japanIsoTime(member.removedAt) }),
        },
      },
    ];
  });
  return {
    resourceType: 'CareTeam',
    id: patient.id,
    status: patient.archivedAt === null ? 'active' : 'inactive',
    name: `${patient.name} 支援チーム`,
    subject: referenceTo('Patient', patient.id),
    ...(participants.length ? { participant: participants } : {}),
  };
}
