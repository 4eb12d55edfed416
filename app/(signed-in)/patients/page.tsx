import { PatientsScreen } from './_components/patients-screen';

export default function PatientsPage() {
  return <PatientsScreen />;
}
