import {
  createHmac,
  createSecretKey,
  type KeyObject,
  randomBytes,
  randomFillSync,
  randomUUID,
  timingSafeEqual,
} from 'node:crypto';

/**
 * The last binary key, as a KeyObject: Node checks a Uint8Array key's type on every
 * createHmac (some 10 µs), a KeyObject's once. Matched by content, so a key changed in place
 * is never used stale; a string key needs no KeyObject (Node takes it as fast).
 */
let binaryKey: { bytes: Buffer; key: KeyObject } | undefined;

function hmacKey(key: Uint8Array | string): KeyObject | string {
  if (typeof key === 'string') return key;
  if (!binaryKey?.bytes.equals(key)) {
    binaryKey = { bytes: Buffer.from(key), key: createSecretKey(key) };
  }
  return binaryKey.key;
}

export function keyedHash(key: Uint8Array | string, ...parts: string[]): string {
  const mac = createHmac('sha256', hmacKey(key));
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

const TOKEN_BYTES = 32;
/** Random bytes for the next 64 tokens, drawn at once as randomUUID does: one call to the CSPRNG instead of 64. */
const tokenPool = Buffer.alloc(TOKEN_BYTES * 64);
let tokenOffset = tokenPool.length;

/** 256 random bits, URL-safe: the visitor's proof of owning a conversation. */
export function randomToken(): string {
  if (tokenOffset === tokenPool.length) {
    randomFillSync(tokenPool);
    tokenOffset = 0;
  }
  const bytes = tokenPool.subarray(tokenOffset, tokenOffset + TOKEN_BYTES);
  tokenOffset += TOKEN_BYTES;
  const token = bytes.toString('base64url');
  // Each draw is used once: a token handed out no longer lies in the pool.
  bytes.fill(0);
  return token;
}
