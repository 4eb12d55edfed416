import { RegionSettingsScreen } from './_components/region-settings-screen';

export default function RegionSettingsPage() {
  return <RegionSettingsScreen />;
}
