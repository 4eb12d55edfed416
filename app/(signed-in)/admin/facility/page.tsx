import { FacilityScreen } from './_components/facility-screen';

export default function FacilityPage() {
  return <FacilityScreen />;
}
