/**
 * What a signed-in user must do before anything else, in order: pass the second factor they have,
 * replace an administrator-set password, enrol a second factor the policy requires. The server
 * enforces the same order (server/trpc/init.ts); this only routes the screens.
 */
import type { Me, UserProfile } from './router-types';

export type SecondFactorState = Me['secondFactor'];
export type PendingStep = 'verify' | 'password' | 'setup';

export const pendingStepPaths: Record<PendingStep, string> = {
  verify: '/signin/verify',
  password: '/password',
  setup: '/account/security',
};

export function pendingStepOf(user: Pick<UserProfile, 'mustChangePassword'>, secondFactor: SecondFactorState): PendingStep | null {
  if (secondFactor === 'required') return 'verify';
  if (user.mustChangePassword) return 'password';
  if (secondFactor === 'setupRequired') return 'setup';
  return null;
}

/** Where to go once signed in (or once a step is done). */
export function screenAfterSignIn(user: Pick<UserProfile, 'mustChangePassword'>, secondFactor: SecondFactorState): string {
  const step = pendingStepOf(user, secondFactor);
  return step ? pendingStepPaths[step] : '/';
}
