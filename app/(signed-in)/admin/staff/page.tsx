import { StaffScreen } from './_components/staff-screen';

export default function StaffPage() {
  return <StaffScreen />;
}
