/**
 * The server's VAPID key pair, which push services check our pushes against: from the environment
 * when set, otherwise generated on first start and kept in the data folder (push-vapid.json,
 * readable by the server's user only). Changing it invalidates every device's subscription.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';
import { z } from 'zod';
import type { Env } from '@/server/env';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

const storedKeys = z.object({ publicKey: z.string().min(1), privateKey: z.string().min(1) });
export const vapidFileName = 'push-vapid.json';

export function loadVapidKeys(config: Pick<Env, 'dataDir' | 'push'>): VapidKeys {
  const { vapidPublicKey, vapidPrivateKey, subject } = config.push;
  if (vapidPublicKey && vapidPrivateKey) return { publicKey: vapidPublicKey, privateKey: vapidPrivateKey, subject };
  const file = path.join(config.dataDir, vapidFileName);
  if (!fs.existsSync(file)) {
    const generated = webpush.generateVAPIDKeys();
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      // `wx`: a second process starting at the same moment keeps the first one's keys.
      fs.writeFileSync(file, JSON.stringify(generated), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const stored = storedKeys.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return { ...stored, subject };
}

const globalForKeys = globalThis as unknown as { renrakuVapidKeys?: VapidKeys };

/** The process's keys, loaded once. */
export function appVapidKeys(config: Pick<Env, 'dataDir' | 'push'>): VapidKeys {
  globalForKeys.renrakuVapidKeys ??= loadVapidKeys(config);
  return globalForKeys.renrakuVapidKeys;
}
