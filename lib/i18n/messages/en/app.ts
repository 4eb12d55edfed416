/** The app's name and what it is, for the manifest, the page title and the sign-in screen. */
import type { Messages } from '../../catalogue';
import type { jaApp } from '../ja/app';

export const enApp: Messages<typeof jaApp> = {
  'app.name': 'Renraku care-team notebook',
  'app.shortName': 'Renraku',
  'app.tagline': 'The shared notebook for home medical and long-term care teams',
  'app.description': 'One timeline per patient, shared only with the care team, that works offline.',
};
