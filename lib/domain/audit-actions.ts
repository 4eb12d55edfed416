/** The closed list of things the audit log records (lib/: the administrators' viewer lists them too). */
export const auditActions = [
  'auth.signIn',
  'auth.signInFailed',
  'auth.signInLocked',
  'auth.signOut',
  'auth.signOutEverywhere',
  'auth.passwordChanged',
  'auth.passwordChangeFailed',
  'admin.regionAdminCreated',
  'staff.created',
  'staff.disabled',
  'staff.enabled',
  'staff.passwordReset',
  'staff.unlocked',
  'patient.registered',
  'patient.updated',
  'patient.consentRecorded',
  'patient.archived',
  'patient.restored',
  'careTeam.memberAdded',
  'careTeam.memberRemoved',
  'sync.pulled',
  'audit.viewed',
  'audit.exported',
  'file.uploaded',
  'file.viewed',
  'sync.pushed',
  'sync.pushRefused',
] as const;
export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value);
}
