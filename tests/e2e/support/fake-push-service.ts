/**
 * A browser push service that answers at once, for tests of what the app does with subscriptions
 * (headless Chromium reaches no real push service). PushManager's subscribe and getSubscription are
 * replaced before the app loads; the subscription lives in localStorage (so it outlives a reload),
 * its endpoints are numbered in order of subscribing, and it keeps the key it was made with.
 */
import type { Page } from '@playwright/test';

export const fakePushState = 'e2e.fakePush';
export const fakePushEndpoint = (made: number) => `https://push.invalid/device/${made}`;

export async function useFakePushService(page: Page): Promise<void> {
  await page.addInitScript(
    ({ stateKey, endpointPrefix }) => {
      const madeKey = `${stateKey}.made`;
      const toText = (bytes: ArrayBuffer) =>
        btoa(String.fromCharCode(...new Uint8Array(bytes)))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
      const toBytes = (text: string) =>
        Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4)), (char) =>
          char.charCodeAt(0),
        ).buffer;
      type State = { endpoint: string; key: string };
      const subscriptionOf = (state: State | null) =>
        state && {
          endpoint: state.endpoint,
          options: { applicationServerKey: toBytes(state.key), userVisibleOnly: true },
          toJSON: () => ({ endpoint: state.endpoint, keys: { p256dh: 'BFakeP256dhKeyForTests', auth: 'fakeAuthSecret' } }),
          unsubscribe: () => {
            localStorage.removeItem(stateKey);
            return Promise.resolve(true);
          },
        };
      PushManager.prototype.getSubscription = function () {
        return Promise.resolve(
          subscriptionOf(JSON.parse(localStorage.getItem(stateKey) ?? 'null') as State | null) as PushSubscription | null,
        );
      };
      PushManager.prototype.subscribe = function (options?: PushSubscriptionOptionsInit) {
        const made = Number(localStorage.getItem(madeKey) ?? '0') + 1;
        localStorage.setItem(madeKey, String(made));
        const key = options?.applicationServerKey;
        const bytes = key instanceof ArrayBuffer ? key : ArrayBuffer.isView(key) ? (key.buffer as ArrayBuffer) : new ArrayBuffer(0);
        const state = { endpoint: `${endpointPrefix}${made}`, key: toText(bytes) };
        localStorage.setItem(stateKey, JSON.stringify(state));
        return Promise.resolve(subscriptionOf(state) as unknown as PushSubscription);
      };
    },
    { stateKey: fakePushState, endpointPrefix: fakePushEndpoint(0).slice(0, -1) },
  );
}
