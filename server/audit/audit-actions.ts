/** The closed list of things the audit log records. */
export const auditActions = [
  'auth.signIn',
  'auth.signInFailed',
  'auth.signInLocked',
  'auth.signOut',
  'auth.signOutEverywhere',
  'auth.passwordChanged',
  'auth.passwordChangeFailed',
  'admin.regionAdminCreated',
  'patient.registered',
  'patient.updated',
  'patient.consentRecorded',
  'patient.archived',
  'patient.restored',
  'careTeam.memberAdded',
  'careTeam.memberRemoved',
  'sync.pulled',
  'file.uploaded',
  'file.viewed',
  'sync.pushed',
  'sync.pushRefused',
] as const;
export type AuditAction = (typeof auditActions)[number];
