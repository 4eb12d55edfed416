import { ApplicationsScreen } from './_components/applications-screen';

export default function ApplicationsPage() {
  return <ApplicationsScreen />;
}
