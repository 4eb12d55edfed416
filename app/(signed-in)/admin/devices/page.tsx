import { DevicesScreen } from './_components/devices-screen';

export default function DevicesPage() {
  return <DevicesScreen />;
}
