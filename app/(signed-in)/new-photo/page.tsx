import { NewPhotoRedirect } from './_components/new-photo-redirect';

/** The home-screen shortcut "New photo for the last patient" (app/manifest.ts). */
export default function NewPhotoPage() {
  return <NewPhotoRedirect />;
}
