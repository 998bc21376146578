import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultProvider } from '../../shared/adapters/lambda-credentials.ts';

const LAMBDA_VARIABLES = {
  AWS_ACCESS_KEY_ID: 'ASIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEXAMPLE',
};
const ALL = [
  ...Object.keys(LAMBDA_VARIABLES),
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_PROFILE',
];

describe('the credentials of the Lambda bundles', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const stub = (variables: Record<string, string>) => {
    for (const name of ALL) vi.stubEnv(name, variables[name] ?? undefined);
  };

  it("reads the role's credentials from the variables Lambda sets", async () => {
    stub(LAMBDA_VARIABLES);

    const credentials = await defaultProvider()();

    expect(credentials).toMatchObject({
      accessKeyId: LAMBDA_VARIABLES.AWS_ACCESS_KEY_ID,
      secretAccessKey: LAMBDA_VARIABLES.AWS_SECRET_ACCESS_KEY,
      sessionToken: LAMBDA_VARIABLES.AWS_SESSION_TOKEN,
    });
  });

  it('reads them once per provider, as the SDK calls it on every request', async () => {
    stub(LAMBDA_VARIABLES);
    const provider = defaultProvider();
    const first = await provider();
    stub({ ...LAMBDA_VARIABLES, AWS_ACCESS_KEY_ID: 'ASIAOTHEREXAMPLE' });

    expect(await provider()).toBe(first);
  });

  it('refuses, without looking for profiles, SSO or instance metadata, when neither source is there', async () => {
    stub({ AWS_PROFILE: 'default' });

    await expect(defaultProvider()()).rejects.toThrow(/credential/i);
  });
});
