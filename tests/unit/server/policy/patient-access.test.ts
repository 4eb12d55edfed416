import { describe, expect, it } from 'vitest';
import {
  canSeePost,
  decidePatientAccess,
  decideTeamJoin,
  type AccessDecision,
  type Actor,
  type CandidateMember,
  type JoinDecision,
  type MembershipFacts,
  type PatientAction,
  type PatientFacts,
  type PostFacts,
} from '@/server/policy/patient-access';

const region = 'region-a';
const homeFacility = 'station';

const actors = {
  active: { userId: 'u-1', regionId: region, facilityId: homeFacility, active: true },
  inactive: { userId: 'u-1', regionId: region, facilityId: homeFacility, active: false },
  otherRegion: { userId: 'u-1', regionId: 'region-b', facilityId: 'far', active: true },
} satisfies Record<string, Actor>;

const patient: PatientFacts = {
  id: 'p-1',
  regionId: region,
  registeredByFacilityId: homeFacility,
  consentObtainedOn: '2025-01-10',
  archivedAt: null,
};
const archived: PatientFacts = { ...patient, archivedAt: 1_700_000_000_000 };

const memberships = {
  owner: { role: 'owner', removedAt: null },
  member: { role: 'member', removedAt: null },
  removedOwner: { role: 'owner', removedAt: 1_700_000_000_000 },
  removedMember: { role: 'member', removedAt: 1_700_000_000_000 },
  none: null,
} satisfies Record<string, MembershipFacts | null>;

const allowed: AccessDecision = { allowed: true };
const denied = (reason: Extract<AccessDecision, { allowed: false }>['reason']): AccessDecision => ({ allowed: false, reason });

type AccessRow = [
  actor: keyof typeof actors,
  membership: keyof typeof memberships,
  archived: boolean,
  action: PatientAction,
  expected: AccessDecision,
];

const accessTable: AccessRow[] = [
  // An owner may do everything with a live record.
  ['active', 'owner', false, 'read', allowed],
  ['active', 'owner', false, 'write', allowed],
  ['active', 'owner', false, 'editDetails', allowed],
  ['active', 'owner', false, 'manageTeam', allowed],
  ['active', 'owner', false, 'archive', allowed],
  // A member reads and writes, but neither edits the record, manages the team nor archives.
  ['active', 'member', false, 'read', allowed],
  ['active', 'member', false, 'write', allowed],
  ['active', 'member', false, 'editDetails', denied('notOwner')],
  ['active', 'member', false, 'manageTeam', denied('notOwner')],
  ['active', 'member', false, 'archive', denied('notOwner')],
  // Having left (or never joined) is the same as not being on the team, whatever the role was.
  ['active', 'removedOwner', false, 'read', denied('notOnTeam')],
  ['active', 'removedOwner', false, 'manageTeam', denied('notOnTeam')],
  ['active', 'removedOwner', false, 'editDetails', denied('notOnTeam')],
  ['active', 'removedMember', false, 'write', denied('notOnTeam')],
  ['active', 'none', false, 'read', denied('notOnTeam')],
  ['active', 'none', false, 'archive', denied('notOnTeam')],
  // A disabled account (or one of an inactive facility) may do nothing, even as owner.
  ['inactive', 'owner', false, 'read', denied('inactive')],
  ['inactive', 'owner', false, 'write', denied('inactive')],
  ['inactive', 'none', false, 'read', denied('inactive')],
  // A membership row does not reach across regions.
  ['otherRegion', 'owner', false, 'read', denied('notOnTeam')],
  ['otherRegion', 'member', false, 'write', denied('notOnTeam')],
  // An archived record stays readable, is read-only, and only its owners may bring it back.
  ['active', 'owner', true, 'read', allowed],
  ['active', 'owner', true, 'write', denied('archived')],
  ['active', 'owner', true, 'manageTeam', denied('archived')],
  ['active', 'owner', true, 'editDetails', denied('archived')],
  ['active', 'owner', true, 'archive', allowed],
  ['active', 'member', true, 'read', allowed],
  ['active', 'member', true, 'write', denied('archived')],
  ['active', 'member', true, 'archive', denied('notOwner')],
  ['active', 'none', true, 'read', denied('notOnTeam')],
];

describe('decidePatientAccess', () => {
  it.each(accessTable)('%s actor, %s membership, archived=%s, %s → %o', (actor, membership, isArchived, action, expected) => {
    expect(decidePatientAccess(actors[actor], isArchived ? archived : patient, memberships[membership], action)).toEqual(expected);
  });
});

const withoutConsent: PatientFacts = { ...patient, consentObtainedOn: null };
const candidate = (fields: Partial<CandidateMember>): CandidateMember => ({
  regionId: region,
  facilityId: homeFacility,
  active: true,
  ...fields,
});

type JoinRow = [label: string, patient: PatientFacts, candidate: CandidateMember, expected: JoinDecision];

const joinTable: JoinRow[] = [
  ['same facility, consent on file', patient, candidate({}), { allowed: true }],
  ['same facility, no consent yet', withoutConsent, candidate({}), { allowed: true }],
  ['other facility, consent on file', patient, candidate({ facilityId: 'clinic' }), { allowed: true }],
  ['other facility, no consent yet', withoutConsent, candidate({ facilityId: 'clinic' }), { allowed: false, reason: 'consentRequired' }],
  [
    'other region (even with consent)',
    patient,
    candidate({ regionId: 'region-b', facilityId: 'far' }),
    { allowed: false, reason: 'otherRegion' },
  ],
  [
    'other region before inactivity',
    patient,
    candidate({ regionId: 'region-b', active: false }),
    { allowed: false, reason: 'otherRegion' },
  ],
  ['inactive user of the same facility', patient, candidate({ active: false }), { allowed: false, reason: 'inactive' }],
  [
    'inactive user of another facility, no consent',
    withoutConsent,
    candidate({ facilityId: 'clinic', active: false }),
    { allowed: false, reason: 'inactive' },
  ],
];

describe('decideTeamJoin', () => {
  it.each(joinTable)('%s', (_label, facts, who, expected) => {
    expect(decideTeamJoin(facts, who)).toEqual(expected);
  });
});

const teamPost: PostFacts = { authorId: 'author', visibility: 'team', recipientIds: [] };
const privatePost: PostFacts = { authorId: 'author', visibility: 'private', recipientIds: ['doctor', 'pharmacist'] };

describe('canSeePost', () => {
  it.each([
    ['a team post, its author', teamPost, 'author', true],
    ['a team post, any other member', teamPost, 'caremanager', true],
    ['a private post, its author', privatePost, 'author', true],
    ['a private post, a recipient', privatePost, 'doctor', true],
    ['a private post, the second recipient', privatePost, 'pharmacist', true],
    ['a private post, a member who is not a recipient', privatePost, 'caremanager', false],
    ['a private post without recipients, a member', { ...privatePost, recipientIds: [] }, 'doctor', false],
    ['a team post listing recipients, anyone on the team', { ...teamPost, recipientIds: ['doctor'] }, 'caremanager', true],
  ] as const)('%s → %s', (_label, post, userId, expected) => {
    expect(canSeePost(userId, post)).toBe(expected);
  });
});
