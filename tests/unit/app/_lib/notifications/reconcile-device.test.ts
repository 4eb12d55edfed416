/** What the app does at start about notifications here, given the device's note, the permission, the server's record and the browser's subscription. */
import { describe, expect, it } from 'vitest';
import { planReconcile, type DeviceFacts, type ReconcileStep } from '@/app/_lib/notifications/reconcile-device';

const key = 'BOr6-server-key_ABC';
const on: DeviceFacts = {
  wantedOn: true,
  permission: 'granted',
  pushAvailable: true,
  serverEndpoint: 'https://push.example/device-1',
  browser: { endpoint: 'https://push.example/device-1', key },
  vapidPublicKey: key,
};

const cases: Array<[string, Partial<DeviceFacts>, ReconcileStep]> = [
  ['both sides hold the same subscription', {}, 'on'],
  ['the padding of the key differs only', { browser: { endpoint: on.serverEndpoint!, key: `${key}=` } }, 'on'],
  ['the browser does not say which key it subscribed with', { browser: { endpoint: on.serverEndpoint!, key: null } }, 'on'],
  ['the user never turned them on here', { wantedOn: false }, 'off'],
  ['the permission was taken back', { permission: 'denied' }, 'off'],
  ['the permission was reset to ask again', { permission: 'default', serverEndpoint: null, browser: null }, 'off'],
  ['the server forgot the device (a 410 prune, a sign-out elsewhere, a revoke)', { serverEndpoint: null }, 'saveAgain'],
  ['the server holds an older endpoint of the device', { serverEndpoint: 'https://push.example/old' }, 'saveAgain'],
  ['the browser lost its subscription', { browser: null }, 'subscribeAgain'],
  ['the server has new VAPID keys', { vapidPublicKey: 'BNew-key' }, 'subscribeAgain'],
  ['neither side has a subscription', { serverEndpoint: null, browser: null }, 'subscribeAgain'],
  ['no push here: the open app still notifies', { pushAvailable: false, serverEndpoint: null, browser: null }, 'on'],
];

describe('planReconcile', () => {
  it.each(cases)('%s', (_, facts, step) => {
    expect(planReconcile({ ...on, ...facts })).toBe(step);
  });
});
