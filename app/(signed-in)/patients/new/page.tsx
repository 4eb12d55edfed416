import { RegisterPatientScreen } from './_components/register-patient-screen';

export default function RegisterPatientPage() {
  return <RegisterPatientScreen />;
}
