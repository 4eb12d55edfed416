'use client';
/**
 * Holds the signed-in user's device session (lib/offline/device-session.ts) for every screen: the
 * signed-in layout opens it once per app start, not once per page. Reacts to what the server says
 * about the session (refused: wipe and sign in; outdated: ask for a reload) and to a database the
 * browser will not open (see lib/offline/device-generation.ts).
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import type { DeviceSession, StuckOutcome, SyncStatus } from '@/lib/offline/device-session';
import type { Writer } from '@/lib/offline/mutators';
import type { OutboxDatabase } from '@/lib/offline/outbox';
import type { OutboxSender } from '@/lib/offline/outbox-sender';
import { forgetCopiesOfPatientsGone, screenCopies, type ScreenCopies } from '@/lib/offline/screen-copies';
import { timelineCopies, type TimelineCopies } from '@/lib/offline/timeline-copy';
import { pictureCopyName } from '@/app/_lib/early-screen/config';
import type { ScreenPicture } from '@/app/_lib/early-screen/early-screen';
import { handPicturesToWorker, picturesStorageForWorker } from '@/app/_lib/early-screen/pictures-for-worker';
import { wipeLocalData } from '@/app/_lib/local-data';
import { whenCopyPainted, whenFirstScreenPainted } from '@/app/_lib/first-screen';
import { markOnce } from '@/app/_lib/perf-mark';
import type { UserProfile } from '@/app/_lib/router-types';
import { useTRPC, useTRPCClient } from '@/app/_lib/trpc';
import { loadDeviceCodePatiently } from './device-code';
import { noteDeviceReachedServer } from './device-key-ring';
import { replicationErrorCode } from './error-code';
import { StuckDatabase } from './stuck-database';
import { trpcTransport } from './trpc-transport';
import { xhrUploadTransport } from './xhr-upload';

export interface OfflineState {
  me: UserProfile;
  session: DeviceSession | null;
  db: RenrakuDatabase | null;
  /** Photos and documents not yet on the server, and the composer's drafts. */
  outbox: OutboxDatabase | null;
  sender: OutboxSender | null;
  /** Where this person's writes go (lib/offline/mutators.ts); null until the database is open. */
  writer: Writer | null;
  lastSyncedAt: Date | null;
  syncing: boolean;
  /** The first screens of recently opened timelines, sealed, readable before the database opens. */
  timelineCopies: TimelineCopies;
  /** What's new's first screen, the same way (its shape is the screen's: app/(signed-in)/whats-new/_lib). */
  whatsNewCopy: ScreenCopies<unknown>;
  /** The patient list's first screen, the same way (app/(signed-in)/patients/_lib/use-patients-copy.ts). */
  patientsCopy: ScreenCopies<unknown>;
  /** The screens' pictures for the page's first script (app/_lib/early-screen). */
  screenPictures: ScreenCopies<ScreenPicture>;
  /** The server speaks a newer sync protocol: the app must be reloaded to update. */
  outdated: boolean;
  /** Syncs the records and sends the outbox's files, ignoring any backoff. */
  syncNow: () => Promise<void>;
  /** Closes the device session and removes everything this app keeps on the device. */
  wipe: () => Promise<void>;
}

const OfflineContext = createContext<OfflineState | null>(null);
const idle: SyncStatus = { syncing: false, lastSyncedAt: null };

export function OfflineProvider({ user, deviceKey, children }: { user: UserProfile; deviceKey: CryptoKey; children: ReactNode }) {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [session, setSession] = useState<DeviceSession | null>(null);
  const [status, setStatus] = useState<SyncStatus>(idle);
  const [outdated, setOutdated] = useState(false);
  /** The database will not open: held by a suspended page (WebKit), refused (no storage here), or its code did not load. */
  const [stuck, setStuck] = useState<Exclude<StuckOutcome, 'rebuilding'> | 'unavailable' | 'codeMissing' | null>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: DeviceSession | null = null;
    markOnce('db-opening');
    const onStuck = (outcome: StuckOutcome) => {
      // Fresh names are free: this page, reloaded, opens the next generation and pulls everything.
      if (outcome === 'rebuilding') window.location.reload();
      else setStuck(outcome);
    };
    void (async () => {
      // A timeline painting its kept copy goes first (app/_lib/first-screen.ts).
      await whenCopyPainted();
      if (cancelled) return;
      const code = await loadDeviceCodePatiently();
      if (cancelled) return;
      if (!code) return setStuck('codeMissing');
      let value: DeviceSession;
      try {
        value = await code.openDeviceSession({
          userId: user.id,
          key: deviceKey,
          transport: trpcTransport(client),
          uploads: xhrUploadTransport,
          onStuck,
          // A page opened hidden (a tab behind another) paints nothing and frames do not run there: start at once.
          startAfter: document.visibilityState === 'hidden' ? undefined : whenFirstScreenPainted(),
        });
      } catch {
        // A browser that refuses IndexedDB (a private window in older Safari, storage turned off).
        if (!cancelled) setStuck('unavailable');
        return;
      }
      markOnce('db-open');
      opened = value;
      if (cancelled) return void value.close();
      setSession(value);
    })();
    return () => {
      cancelled = true;
      void opened?.close();
    };
  }, [user.id, client, deviceKey]);

  const copies = useMemo(() => timelineCopies(user.id, deviceKey), [user.id, deviceKey]);
  const whatsNewCopy = useMemo(() => screenCopies<unknown>('whatsNew', user.id, deviceKey, 1), [user.id, deviceKey]);
  const patientsCopy = useMemo(() => screenCopies<unknown>('patients', user.id, deviceKey, 1), [user.id, deviceKey]);
  // The pictures the page's first script shows (app/_lib/early-screen): three timelines, What's new, the patient list.
  // Each change copied, sealed, for the service worker, which draws a reopened screen's picture into its page.
  const screenPictures = useMemo(
    () => screenCopies<ScreenPicture>(pictureCopyName, user.id, deviceKey, 5, picturesStorageForWorker(user.id)),
    [user.id, deviceKey],
  );
  // Those kept before (an update of the app, a key ring wrapped again): once the first screen is there.
  useEffect(() => {
    const painted = Promise.race([whenFirstScreenPainted(), new Promise((resolve) => setTimeout(resolve, 3_000))]);
    void painted.then(() => handPicturesToWorker(user.id));
  }, [user.id, deviceKey]);
  useEffect(() => {
    if (!session) return;
    // The check of the kept patients waits for the first screen (at most 3 s): it reads IndexedDB too.
    const painted = Promise.race([whenFirstScreenPainted(), new Promise((resolve) => setTimeout(resolve, 3_000))]);
    return forgetCopiesOfPatientsGone(session.db, [copies, whatsNewCopy, patientsCopy, screenPictures], painted);
  }, [session, copies, whatsNewCopy, patientsCopy, screenPictures]);

  useEffect(() => {
    if (!session) return;
    const statuses = session.status$.subscribe((next) => {
      setStatus(next);
      // In sync with the server: the offline time limit starts again.
      if (next.lastSyncedAt) noteDeviceReachedServer(user.id);
    });
    const errors = session.errors$.subscribe((error) => {
      const code = replicationErrorCode(error);
      if (code === 'UNAUTHENTICATED') {
        // A request sent just before a password change carries the old session: ask again first.
        // The answer goes to the session hook, which decides what stays (see use-session.ts).
        void client.auth.me.query().then(
          async (me) => {
            if (me.user) return;
            await session.close();
            queryClient.setQueryData(trpc.auth.me.queryKey(), me);
          },
          () => undefined,
        );
      } else if (code === 'CLIENT_OUTDATED') {
        setOutdated(true);
      }
    });
    return () => {
      statuses.unsubscribe();
      errors.unsubscribe();
    };
  }, [session, client, queryClient, trpc, user.id]);

  const syncNow = useCallback(async () => session?.syncNow(), [session]);
  const wipe = useCallback(async () => {
    await session?.close();
    markOnce('sign-out:session-closed');
    await wipeLocalData(user.id);
  }, [session, user.id]);

  // Stable while the session is: screens' effects depend on it.
  const writer = useMemo<Writer | null>(
    () => (session ? { db: session.db, outbox: session.outbox, userId: user.id } : null),
    [session, user.id],
  );
  const value = useMemo<OfflineState>(
    () => ({
      me: user,
      session,
      db: session?.db ?? null,
      outbox: session?.outbox ?? null,
      sender: session?.sender ?? null,
      writer,
      timelineCopies: copies,
      whatsNewCopy,
      patientsCopy,
      screenPictures,
      lastSyncedAt: status.lastSyncedAt,
      syncing: status.syncing,
      outdated,
      syncNow,
      wipe,
    }),
    [user, session, writer, copies, whatsNewCopy, patientsCopy, screenPictures, status, outdated, syncNow, wipe],
  );
  if (stuck) return <StuckDatabase cause={stuck} />;
  return <OfflineContext.Provider value={value}>{children}</OfflineContext.Provider>;
}

/** The device session where there is one (signed-in screens), else null (the second sign-in step). */
export function useOptionalOffline(): OfflineState | null {
  return useContext(OfflineContext);
}

export function useOffline(): OfflineState {
  const value = useContext(OfflineContext);
  if (!value) throw new Error('useOffline outside OfflineProvider');
  return value;
}
