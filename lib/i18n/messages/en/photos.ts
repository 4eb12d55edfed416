/** A patient's photos: the viewer, the gallery and the comparison. */
import type { Messages } from '../../catalogue';
import type { jaPhotos } from '../ja/photos';

export const enPhotos: Messages<typeof jaPhotos> = {
  'photos.link': 'Photos',
  'photos.linkCount': 'Photos ({count})',
  'photos.title': 'Photos of {name}',
  'photos.filter': 'Kind of photo',
  'photos.filterAll': 'All',
  'photos.filterOption': '{label} ({count})',
  'photos.empty': 'No photos yet. Photos attached to this patient’s posts appear here.',
  'photos.noneOfKind': 'No photos of this kind.',
  'photos.compareMode': 'Choose two to compare',
  'photos.compareHint': 'Choose two photos to compare: {count} of 2 chosen.',
  'photos.compareTwo': 'Compare the two',
  'photos.documents': 'Documents ({count})',
  'photos.download': 'Download',
  'photos.viewer.comments': 'Comments on this post ({count})',
  'photos.viewer.label': 'Photo viewer',
  'photos.viewer.counter': '{index} / {total}',
  'photos.viewer.previous': 'Previous photo',
  'photos.viewer.next': 'Next photo',
  'photos.viewer.zoomIn': 'Zoom in',
  'photos.viewer.zoomOut': 'Zoom out',
  'photos.viewer.fit': 'Whole photo',
  'photos.viewer.legible': 'Easy to read (black and white)',
  'photos.viewer.original': 'Open the original',
  'photos.viewer.cannotLoad': 'This photo could not be loaded. It may not be stored on this device yet: open it again when online.',
  'photos.viewer.howTo':
    'Pinch, double-tap or use the mouse wheel to zoom, and drag to move a zoomed photo. Swipe or use the arrow keys for the other photos; + and − zoom, 0 shows the whole photo.',
  'photos.compare.title': 'Compare photos of {name}',
  'photos.compare.missing':
    'Comparing needs two photos of this patient, and this link does not name two that are on this device. Choose them from the photos.',
  'photos.compare.pick': 'Choose photos to compare',
  'photos.compare.pickOther': 'Choose other photos',
  'photos.compare.zoom': 'Zoom (both photos)',
  'photos.compare.sameDay': 'Same day',
  'photos.compare.dayLater': '1 day later',
  'photos.compare.daysLater': '{count} days later',
};
