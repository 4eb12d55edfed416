import { SecurityScreen } from './_components/security-screen';

export default function SecurityPage() {
  return <SecurityScreen />;
}
