import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Env } from '../config.ts';

/**
 * The token key, read once per process: from TOKEN_SECRET locally, or from Secrets Manager
 * on the first request in the cloud (never during import, and never put in the environment).
 * Only the chat functions, which hash visitors' tokens, import this module and its client.
 */
export function tokenKeyProvider(env: Env): () => Promise<string> {
  if (env.TOKEN_SECRET) {
    const secret = env.TOKEN_SECRET;
    return async () => secret;
  }
  const arn = env.TOKEN_SECRET_ARN;
  if (!arn) throw new Error('Invalid configuration: TOKEN_SECRET or TOKEN_SECRET_ARN must be set');
  let cached: Promise<string> | undefined;
  return () => {
    cached ??= readSecret(arn, env.AWS_REGION).catch((error: unknown) => {
      cached = undefined; // try again on the next request
      throw error;
    });
    return cached;
  };
}

async function readSecret(arn: string, region: string | undefined): Promise<string> {
  const { SecretString } = await new SecretsManagerClient({ region }).send(
    new GetSecretValueCommand({ SecretId: arn }),
  );
  if (!SecretString || SecretString.length < 32) throw new Error('The token secret is missing or too short');
  return SecretString;
}
