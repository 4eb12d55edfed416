import { PendingScreen } from './_components/pending-screen';

export default function SyncPage() {
  return <PendingScreen />;
}
