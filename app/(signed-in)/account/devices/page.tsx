import { MyDevicesScreen } from './_components/my-devices-screen';

export default function MyDevicesPage() {
  return <MyDevicesScreen />;
}
