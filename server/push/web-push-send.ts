/**
 * The real push transport: web-push encrypts the payload for the device (aes128gcm) and signs the
 * request with our VAPID key; the request itself goes out with fetch, which answers the push
 * service's status (201 taken, 404/410 gone) and also reaches a plain-http endpoint in tests.
 */
import 'server-only';
import webpush from 'web-push';
import type { PushSend } from './deliver-push';
import type { VapidKeys } from './vapid-keys';

/** A push older than this is not worth showing; the push service may drop it. */
const timeToLiveSeconds = 24 * 3600;

export function webPushSend(keys: VapidKeys, timeoutMs = 15_000): PushSend {
  return async (subscription, payload) => {
    const request = webpush.generateRequestDetails(
      { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
      payload,
      { vapidDetails: keys, TTL: timeToLiveSeconds, urgency: 'high' },
    );
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : null,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.status;
  };
}
