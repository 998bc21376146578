/**
 * The environment a bench process gets instead of the caller's: what CDK would set on a
 * deployed function (shared/config.ts parses it at import), with fake tables and
 * credentials. Nothing leaks in from the shell, so no NODE_OPTIONS, compile cache or real
 * AWS profile changes the figures.
 */
export const BENCH_SITE = {
  id: 'demo',
  name: 'Demo kommune',
  origin: 'https://www.demo.kommune.no',
} as const;

export const BENCH_TABLES = {
  TABLE_FEEDBACK: 'bench-feedback',
  TABLE_COUNTERS: 'bench-counters',
  TABLE_EPHEMERAL: 'bench-ephemeral',
  TABLE_CHAT: 'bench-chat',
  TABLE_AUDIT: 'bench-audit',
} as const;

/**
 * The key for conversation tokens, given directly as the local runtime does: in the cloud the
 * functions fetch it from Secrets Manager once, on their first request, which the warm
 * figures would not include anyway. A fixed dummy, so that the fake's token hash matches.
 */
export const BENCH_TOKEN_SECRET = 'bench-token-key-not-a-real-secret-0123456789abcdef';

/** The conversation the chat events address and the DynamoDB fake holds, with its bearer token. */
export const BENCH_CONVERSATION = {
  id: '3f2c8a9e-5b1d-4c7e-9a0f-2d6b8e4c1a57',
  /** 256 bits, base64url, like the tokens the service hands out; not a real one. */
  token: 'YmVuY2gtdG9rZW4tb2YtMzItYnl0ZXMtbm90LXJlYWw',
} as const;

export const BENCH_ENV: Readonly<Record<string, string>> = {
  SITES_JSON: JSON.stringify([{ id: BENCH_SITE.id, name: BENCH_SITE.name, origins: [BENCH_SITE.origin] }]),
  ...BENCH_TABLES,
  TOKEN_SECRET: BENCH_TOKEN_SECRET,
  AWS_REGION: 'eu-north-1',
  // Dummies: the SDK resolves credentials on the first request, which the bench never sends.
  AWS_ACCESS_KEY_ID: 'AKIABENCHBENCHBENCH0',
  AWS_SECRET_ACCESS_KEY: 'bench-secret-access-key-not-real',
};

/** The bench environment plus what a child needs to start at all (PATH, HOME, TMPDIR). */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const passThrough = Object.fromEntries(
    ['PATH', 'HOME', 'TMPDIR'].flatMap((name) => {
      const value = process.env[name];
      return value === undefined ? [] : [[name, value]];
    }),
  );
  return { ...passThrough, ...BENCH_ENV, ...extra };
}
