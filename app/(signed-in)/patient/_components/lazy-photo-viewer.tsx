'use client';
/**
 * The photo viewer (zoom, gestures, compare, DESIGN-R scoring), fetched when a photo is first
 * opened: a timeline or a gallery paints its thumbnails without it. The service worker precaches
 * its chunk with the rest of the build, so it opens offline too.
 */
import dynamic from 'next/dynamic';

export const LazyPhotoViewer = dynamic(() => import('./photo-viewer').then((module) => module.PhotoViewer), { ssr: false });
