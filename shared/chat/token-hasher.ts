import { keyedHash } from '../crypto.ts';
import type { TokenHasher } from './ports.ts';

/** HMAC-SHA-256 under a secret key: a stolen table alone cannot be used to make tokens match. */
export class HmacTokenHasher implements TokenHasher {
  constructor(private readonly key: () => Promise<string>) {}

  async hash(token: string): Promise<string> {
    return keyedHash(await this.key(), 'conversation-token', token);
  }
}
