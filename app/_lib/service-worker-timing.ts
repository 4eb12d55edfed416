/**
 * When the service worker is first installed on this browser. Installing it precaches the whole
 * app shell (about 3 MB: every page, script and icon), and a browser's first visit is almost always
 * a sign-in followed by the device's first sync, which the nurse waits for. Installed beside that
 * sync, the precache took its share of the tablet's processor and network: on the bench's two
 * cores (`BENCH_ON_DISK=1 npm run bench:initial-sync`, 20,048 posts), about 2 s of processor time
 * (the service worker's thread 1.4 s) and a first sync 1–2 s longer.
 *
 * So where no service worker is registered yet, it is installed once a few seconds have passed
 * since the page opened and since a sign-in was last sent (someone typing their password is
 * usually slower: the precache is then done before they sign in), and no collection of a first
 * sync is being filled (lib/offline/fill-state.ts) — waited for at most two minutes. Where one is
 * registered, it is checked for an update at once.
 */
import 'client-only';
import { whenNoFill } from '@/lib/offline/fill-state';

/** How long the page is left to a sign-in before the first install: one sent meanwhile, and the first sync after it, go first. */
export const firstInstallGraceMs = 3_000;
/** The longest a first install waits for first fills. */
const firstInstallAtMostMs = 120_000;

/** When this page's module was loaded, or a sign-in was last sent from it (ms since epoch). */
let lastStirred = Date.now();

/** The sign-in screen calls this as it sends a sign-in: the first install waits its few seconds again. */
export function noteSignIn(): void {
  lastStirred = Date.now();
}

/** Resolves when the service worker may be registered: at once where it is already, else as above. */
export async function whenServiceWorkerMayInstall(): Promise<void> {
  const registered = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  if (registered) return;
  for (let left = lastStirred + firstInstallGraceMs - Date.now(); left > 0; left = lastStirred + firstInstallGraceMs - Date.now()) {
    await new Promise((resolve) => setTimeout(resolve, left));
  }
  await whenNoFill(firstInstallAtMostMs);
}
