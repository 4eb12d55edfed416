'use client';
/**
 * Opens the signed-in user's database on this device and keeps it in sync with the server by
 * itself: at start, on reconnect, when the app becomes visible, every minute (iOS has no
 * Background Sync), and on every notice from the live stream. A session the server no longer
 * accepts wipes the device's patient data.
 */
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { openRenrakuDatabase, requestPersistentStorage } from '@/lib/offline/database';
import { openOutbox, refusalKey, type OutboxDatabase } from '@/lib/offline/outbox';
import { createOutboxSender, type OutboxSender } from '@/lib/offline/outbox-sender';
import { startReplication, type ReplicationHandle } from '@/lib/offline/replication';
import { wipeLocalData } from '@/app/_lib/local-data';
import type { UserProfile } from '@/app/_lib/router-types';
import { signInUrl } from '@/app/_lib/sign-out-state';
import { useTRPC, useTRPCClient } from '@/app/_lib/trpc';
import { markOnce } from '@/app/_lib/perf-mark';
import { setActiveDatabase } from './active-database';
import { replicationErrorCode } from './error-code';
import { trpcTransport } from './trpc-transport';
import { xhrUploadTransport } from './xhr-upload';

export interface OfflineState {
  db: RenrakuDatabase | null;
  me: UserProfile;
  /** When everything last came back in sync with the server (this page's lifetime). */
  lastSyncedAt: Date | null;
  syncing: boolean;
  /** The server speaks a newer sync protocol: the app must be reloaded to update. */
  outdated: boolean;
  /** Syncs the records and sends the outbox's files, ignoring any backoff. */
  syncNow: () => Promise<void>;
  /** Photos and documents not yet on the server, and the composer's drafts. */
  outbox: OutboxDatabase | null;
  sender: OutboxSender | null;
}

const OfflineContext = createContext<OfflineState | null>(null);
const periodicSyncMs = 60_000;
const syncWaitMs = 30_000;

export function OfflineProvider({ user, children }: { user: UserProfile; children: ReactNode }) {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const router = useRouter();
  const [db, setDb] = useState<RenrakuDatabase | null>(null);
  const [replication, setReplication] = useState<ReplicationHandle | null>(null);
  const [lastSyncedAt, setLastSyncedAt] = useState<Date | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [outdated, setOutdated] = useState(false);
  const [outbox, setOutbox] = useState<OutboxDatabase | null>(null);
  const [sender, setSender] = useState<OutboxSender | null>(null);

  useEffect(() => {
    let cancelled = false;
    let handle: ReplicationHandle | null = null;
    void (async () => {
      markOnce('db-opening');
      const opened = await openRenrakuDatabase(user.id);
      markOnce('db-open');
      if (cancelled) return;
      const files = openOutbox(user.id);
      handle = startReplication(opened, trpcTransport(client), {
        onRefused: (collection, refused) => {
          // A read mark the server will not take (the team was left) holds nothing of the user's: drop it.
          if (collection === 'receipts') {
            void opened.receipts
              .findByIds(refused.map(({ id }) => id))
              .exec()
              .then((found) => Promise.all([...found.values()].map((doc) => doc.remove())))
              .catch(() => undefined);
            return;
          }
          void files.refusals
            .bulkPut(refused.map(({ id, reason }) => ({ key: refusalKey(collection, id), collection, id, reason, at: Date.now() })))
            .catch(() => undefined);
        },
      });
      handle.errors$.subscribe((error) => {
        const code = replicationErrorCode(error);
        if (code === 'UNAUTHENTICATED') {
          // A request sent just before a password change carries the old session: ask again
          // before wiping the device.
          void client.auth.me.query().then(
            (me) => (me.user ? undefined : wipeLocalData().then(() => router.replace(signInUrl(me.problem)))),
            () => undefined,
          );
        } else if (code === 'CLIENT_OUTDATED') {
          setOutdated(true);
        }
      });
      setActiveDatabase({ db: opened, replication: handle, outbox: files });
      setDb(opened);
      setReplication(handle);
      setOutbox(files);
      setSender(createOutboxSender(opened, files, xhrUploadTransport));
      void requestPersistentStorage();
    })();
    return () => {
      cancelled = true;
      void handle?.stop();
    };
  }, [user.id, client, router]);

  const syncNow = useCallback(async () => {
    if (!replication) return;
    setSyncing(true);
    let timer: number | undefined;
    try {
      // A connection lost mid-sync would leave the replication waiting to retry: give up the wait
      // (not the replication, which carries on by itself) and say so.
      const giveUp = new Promise<never>((_, reject) => {
        timer = window.setTimeout(() => reject(new Error('sync timed out')), syncWaitMs);
      });
      await Promise.race([replication.syncNow(), giveUp]);
      setLastSyncedAt(new Date());
      await sender?.flush({ includeWaiting: true });
    } finally {
      window.clearTimeout(timer);
      setSyncing(false);
    }
  }, [replication, sender]);

  useEffect(() => {
    if (!replication) return;
    const run = () => {
      if (navigator.onLine) void syncNow().catch(() => undefined);
    };
    run();
    const onVisible = () => document.visibilityState === 'visible' && run();
    window.addEventListener('online', run);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(run, periodicSyncMs);
    const received = Object.values(replication.states).map((state) =>
      state.received$.subscribe(() => setLastSyncedAt((previous) => (previous ? new Date() : previous))),
    );
    return () => {
      window.removeEventListener('online', run);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
      for (const subscription of received) subscription.unsubscribe();
    };
  }, [replication, syncNow]);

  // The region's directory: who is who, for author names and adding team members.
  const directory = useQuery(trpc.patients.directory.queryOptions(undefined, { staleTime: 5 * 60_000, enabled: db !== null }));
  useEffect(() => {
    if (db && directory.data) void db.directory.bulkUpsert(directory.data);
  }, [db, directory.data]);

  // A file waits for its post: send as soon as the posts are through.
  useEffect(() => {
    if (!replication || !sender) return;
    const subscription = replication.states.posts.active$.subscribe((active) => {
      if (!active && navigator.onLine) void sender.flush();
    });
    return () => subscription.unsubscribe();
  }, [replication, sender]);

  const value = useMemo(
    () => ({ db, me: user, lastSyncedAt, syncing, outdated, syncNow, outbox, sender }),
    [db, user, lastSyncedAt, syncing, outdated, syncNow, outbox, sender],
  );
  return <OfflineContext.Provider value={value}>{children}</OfflineContext.Provider>;
}

export function useOffline(): OfflineState {
  const value = useContext(OfflineContext);
  if (!value) throw new Error('useOffline outside OfflineProvider');
  return value;
}
