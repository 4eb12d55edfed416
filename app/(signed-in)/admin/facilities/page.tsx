import { FacilitiesScreen } from './_components/facilities-screen';

export default function FacilitiesPage() {
  return <FacilitiesScreen />;
}
