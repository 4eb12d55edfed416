/** A demo account as the demo's sign-in page lists it (server/services/demo/list-demo-accounts.ts). */
import type { Profession, Role } from '@/lib/domain/roles';

export interface DemoAccount {
  loginId: string;
  name: string;
  profession: Profession;
  role: Role;
  /** The demo's public password. */
  password: string;
  /** An administrator's public authenticator-app key (base32), else null. */
  totpKey: string | null;
}
