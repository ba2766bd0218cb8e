import { randomBytes } from 'node:crypto';

// No 0/O, 1/l/I: a generated password is read off a screen or terminal and typed by hand.
const lower = 'abcdefghijkmnpqrstuvwxyz';
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const digits = '23456789';
const alphabet = lower + upper + digits;

/** A random password (~83 bits at 14 characters) with a lower-case letter, a capital and a digit. */
export function generatePassword(length = 14): string {
  for (;;) {
    let out = '';
    while (out.length < length) {
      for (const byte of randomBytes(length * 2)) {
        // Rejection sampling keeps every character equally likely.
        if (byte < 256 - (256 % alphabet.length) && out.length < length) out += alphabet[byte % alphabet.length];
      }
    }
    if (/[a-z]/.test(out) && /[A-Z]/.test(out) && /[0-9]/.test(out)) return out;
  }
}

/** The shortest password a person may choose (contracts enforce the same at the edge). */
export const minPasswordLength = 8;
