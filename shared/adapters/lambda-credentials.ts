import { fromEnv } from '@aws-sdk/credential-provider-env';
import { fromHttp } from '@aws-sdk/credential-provider-http';
import { chain, memoize } from '@smithy/core/config';

/** Refresh five minutes before credentials from the container endpoint expire (as the SDK does). */
const REFRESH_MS = 5 * 60 * 1000;

type Credentials = Awaited<ReturnType<ReturnType<typeof fromEnv>>>;

const expires = (credentials: Credentials) => credentials.expiration !== undefined;
const expiresSoon = (credentials: Credentials) =>
  credentials.expiration !== undefined && credentials.expiration.getTime() - Date.now() < REFRESH_MS;

/**
 * What the Lambda bundles use in place of `@aws-sdk/credential-provider-node` (an esbuild alias
 * in infra/bundling.ts). Lambda hands a function its role's credentials in the environment
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), or on a container endpoint
 * (AWS_CONTAINER_CREDENTIALS_FULL_URI); the SDK's default chain also carries SSO, profile
 * files, processes, web identity and instance metadata, about 95 KB that a function never
 * needs. Same export as the package it replaces, so the SDK clients use it unchanged.
 */
export const defaultProvider = (init: Parameters<typeof fromEnv>[0] & Parameters<typeof fromHttp>[0] = {}) =>
  memoize(
    // fromHttp refuses as soon as it is made without its variables, so only make it when reached.
    chain(fromEnv(init), () => fromHttp(init)()),
    expiresSoon,
    expires,
  );
