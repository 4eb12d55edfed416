/**
 * Password rules from Japan's medical information security guideline (医療情報システムの安全管理に
 * 関するガイドライン): at least 13 characters mixing letters, digits and symbols, or 8 once the
 * account has a second factor.
 */
import { z } from 'zod';

export const passwordMinLength = { singleFactor: 13, withSecondFactor: 8 } as const;
export const passwordMaxLength = 256;

export const passwordProblems = ['tooShort', 'tooLong', 'needsLetter', 'needsDigit', 'needsSymbol'] as const;
export type PasswordProblem = (typeof passwordProblems)[number];

export function findPasswordProblems(password: string, options: { hasSecondFactor?: boolean } = {}): PasswordProblem[] {
  const min = options.hasSecondFactor ? passwordMinLength.withSecondFactor : passwordMinLength.singleFactor;
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < min) problems.push('tooShort');
  if (length > passwordMaxLength) problems.push('tooLong');
  if (!/\p{L}/u.test(password)) problems.push('needsLetter');
  if (!/\p{Nd}/u.test(password)) problems.push('needsDigit');
  if (!/[^\p{L}\p{Nd}\s]/u.test(password)) problems.push('needsSymbol');
  return problems;
}

/** A password as typed at sign-in: only bounded, never judged (old passwords must still work). */
export const passwordInput = z.string().min(1).max(passwordMaxLength);
