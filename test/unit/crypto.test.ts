import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyedHash, randomToken } from '#shared/crypto';

const reference = (key: Uint8Array | string, ...parts: string[]) =>
  createHmac('sha256', key).update(parts.join('\u0000')).digest('base64url');

describe('keyedHash', () => {
  it('is HMAC-SHA-256 of the parts joined by NUL, under a binary or a string key', () => {
    const salt = new Uint8Array(32).fill(7);
    expect(keyedHash(salt, 'demo', 'https://x.no/a', '198.51.100.23')).toBe(
      reference(salt, 'demo', 'https://x.no/a', '198.51.100.23'),
    );
    expect(keyedHash('a-string-key', 'conversation-token', 't')).toBe(
      reference('a-string-key', 'conversation-token', 't'),
    );
    expect(keyedHash(salt, 'ab', 'c')).not.toBe(keyedHash(salt, 'a', 'bc'));
  });

  it('never hashes under a key it kept from an earlier call', () => {
    const first = new Uint8Array(32).fill(1);
    const second = new Uint8Array(32).fill(2);
    expect(keyedHash(first, 'x')).toBe(reference(first, 'x'));
    expect(keyedHash(second, 'x')).toBe(reference(second, 'x'));
    expect(keyedHash(first, 'x')).toBe(reference(first, 'x'));
    // The same array, changed in place: the new bytes count.
    first[0] = 9;
    expect(keyedHash(first, 'x')).toBe(reference(first, 'x'));
    expect(keyedHash(new Uint8Array(0), 'x')).toBe(reference(new Uint8Array(0), 'x'));
  });
});

describe('randomToken', () => {
  it('hands out 256-bit URL-safe tokens, never the same twice, past many refills of its pool', () => {
    const tokens = Array.from({ length: 1000 }, randomToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
