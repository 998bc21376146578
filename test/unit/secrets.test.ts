import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { tokenKeyProvider } from '#shared/adapters/secrets';
import { readEnv } from '#shared/config';

const ARN = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:token-key-AbCdEf';
const KEY = 'k'.repeat(43);
const secrets = mockClient(SecretsManagerClient);
beforeEach(() => secrets.reset());

const cloudEnv = () => readEnv({ SITES_JSON: '[]', TOKEN_SECRET_ARN: ARN, AWS_REGION: 'eu-north-1' });

describe('tokenKeyProvider', () => {
  it('takes the key as given locally, without Secrets Manager', async () => {
    const key = tokenKeyProvider(readEnv({ SITES_JSON: '[]', TOKEN_SECRET: KEY }));

    expect(await key()).toBe(KEY);
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(0);
  });

  it('reads the secret once, on the first request, and keeps it for the process', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: KEY });
    const key = tokenKeyProvider(cloudEnv());
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(0);

    expect(await Promise.all([key(), key()])).toEqual([KEY, KEY]);
    expect(await key()).toBe(KEY);
    expect(secrets.commandCalls(GetSecretValueCommand).map((c) => c.args[0].input)).toEqual([
      { SecretId: ARN },
    ]);
  });

  it('tries again on the next request after a failure, and refuses a short secret', async () => {
    secrets
      .on(GetSecretValueCommand)
      .rejectsOnce(new Error('throttled'))
      .resolvesOnce({ SecretString: 'short' })
      .resolves({ SecretString: KEY });
    const key = tokenKeyProvider(cloudEnv());

    await expect(key()).rejects.toThrow('throttled');
    await expect(key()).rejects.toThrow('missing or too short');
    expect(await key()).toBe(KEY);
  });

  it('refuses to start without a key or its ARN', () => {
    expect(() => tokenKeyProvider(readEnv({ SITES_JSON: '[]' }))).toThrow('TOKEN_SECRET or TOKEN_SECRET_ARN');
  });
});
