import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export function keyedHash(key: Uint8Array | string, ...parts: string[]): string {
  const mac = createHmac('sha256', key);
  // A separator that cannot occur inside the parts keeps ("ab","c") and ("a","bc") apart.
  mac.update(parts.join('\u0000'));
  return mac.digest('base64url');
}

export function randomSecret(bytes = 32): Uint8Array {
  return new Uint8Array(randomBytes(bytes));
}

/** A new id for a conversation or a vote: a random UUID. */
export function newId(): string {
  return randomUUID();
}

const ID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a string has the one shape `newId` makes; anything else names nothing that exists. */
export const isId = (value: string): boolean => ID_SHAPE.test(value);

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** 256 random bits, URL-safe: the visitor's proof of owning a conversation. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}
