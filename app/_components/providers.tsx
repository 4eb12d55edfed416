'use client';
/** Query cache, tRPC client, translations and the service worker, around every page. */
import '@/app/_lib/zod-without-eval';
// Catches Chromium's install offer however early it comes (app/_components/install).
import '@/app/_lib/install/install-prompt';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nProvider } from '@/app/_lib/i18n';
import { askForKeyEarly } from '@/app/_lib/offline/early-key-release';
import { makeTrpcClient, TRPCProvider } from '@/app/_lib/trpc';
import { ServiceWorkerUpdate } from './service-worker-update';
import { Splash } from './splash';

// Before anything renders: the device key's round trip then overlaps the page's start.
askForKeyEarly();

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: true, retry: 1 }, mutations: { retry: false } } }),
  );
  const [trpcClient] = useState(() => makeTrpcClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nProvider splash={<Splash />}>
          {children}
          <ServiceWorkerUpdate />
        </I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
