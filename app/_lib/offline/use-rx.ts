'use client';
/** Subscribes a component to an RxDB observable (a live query); screens never wait on the network. */
import { useEffect, useState, type DependencyList } from 'react';
import type { Observable } from 'rxjs';

export function useRx<T>(factory: () => Observable<T> | null, deps: DependencyList): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const observable = factory();
    if (!observable) return;
    const subscription = observable.subscribe(setValue);
    return () => subscription.unsubscribe();
    // The caller lists what the factory depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
