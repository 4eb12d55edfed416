import { AuditScreen } from './_components/audit-screen';

export default function AuditPage() {
  return <AuditScreen />;
}
