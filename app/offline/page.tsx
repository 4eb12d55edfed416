import { OfflineScreen } from './_components/offline-screen';

/** What the service worker shows, with no network, for a page it has never cached (server/cli/build-sw.ts). */
export default function OfflinePage() {
  return <OfflineScreen />;
}
