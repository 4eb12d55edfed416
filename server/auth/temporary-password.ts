/**
 * A temporary password an administrator hands to someone, to be replaced at first sign-in: 16
 * characters from an alphabet without look-alikes (no 0/O, 1/l/I), always with a letter of each
 * case, a digit and a symbol, so it meets the password rules.
 */
import 'server-only';
import { findPasswordProblems } from '@/lib/schemas/password';

const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const symbols = '!#%+-=?@';
const length = 16;

function pick(from: string, random: number): string {
  return from[random % from.length] ?? '';
}

export function generateTemporaryPassword(): string {
  for (;;) {
    const random = crypto.getRandomValues(new Uint32Array(length));
    const characters = [...random].map((value, index) => (index === 7 ? pick(symbols, value) : pick(alphabet, value)));
    const password = characters.join('');
    if (findPasswordProblems(password).length === 0 && /[a-z]/.test(password) && /[A-Z]/.test(password)) return password;
  }
}
