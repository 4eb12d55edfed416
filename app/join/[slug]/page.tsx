/**
 * A region's public portal: what the service is, how to join, the terms and the facility
 * application. Rendered on the server for each request (the region comes from the database); an
 * unknown address is a 404. Nobody needs to be signed in.
 */
import { notFound } from 'next/navigation';
import { getDb } from '@/server/db/client';
import { findPortalRegion } from '@/server/services/applications/find-portal-region';
import { PortalScreen } from './_components/portal-screen';

// No async generateMetadata: streamed metadata would start the response as 200 before notFound().
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ slug: string }>;
}

export default async function JoinPage({ params }: Props) {
  const region = findPortalRegion(getDb(), (await params).slug);
  if (!region) notFound();
  return <PortalScreen region={{ slug: region.slug, name: region.name }} />;
}
