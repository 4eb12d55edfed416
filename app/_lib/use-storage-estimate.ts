'use client';
/** How much this app stores on the device, and whether the browser promised to keep it. */
import { useCallback, useEffect, useState } from 'react';

export interface StorageEstimate {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export function useStorageEstimate(): StorageEstimate & { markPersisted: (persisted: boolean) => void } {
  const [estimate, setEstimate] = useState<StorageEstimate>({ usage: null, quota: null, persisted: null });
  // A later grant (asked again once installed) changes the row that shows it.
  const markPersisted = useCallback((persisted: boolean) => setEstimate((current) => ({ ...current, persisted })), []);
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.estimate) return;
    void Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(null)]).then(([result, persisted]) =>
      setEstimate({ usage: result.usage ?? null, quota: result.quota ?? null, persisted }),
    );
  }, []);
  return { ...estimate, markPersisted };
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${units[unit]}`;
}
