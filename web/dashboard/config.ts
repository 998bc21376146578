/**
 * `config.json`, deployed next to the dashboard (served by the local runtime): the sites the
 * dashboard offers and how staff sign in. Read by hand rather than with zod, whose size would
 * double the dashboard's own code; anything unexpected is a ConfigError, shown as such.
 */
export interface DashboardSite {
  id: string;
  name: string;
}

export type AuthConfig =
  | { mode: 'local' }
  | {
      mode: 'oidc';
      issuer: string;
      clientId: string;
      scope: string;
      /** The claim with the roles and sites (the service's `staffGrantsClaim`); `cognito:groups` if not given. */
      grantsClaim?: string;
    };

export interface DashboardConfig {
  sites: DashboardSite[];
  auth: AuthConfig;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SITE_ID = /^[a-z0-9-]{2,40}$/;
const DEFAULT_SCOPE = 'openid email profile';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseSite(value: unknown): DashboardSite {
  if (!isRecord(value) || typeof value.id !== 'string' || !SITE_ID.test(value.id)) {
    throw new ConfigError('every site needs an id written [a-z0-9-]{2,40}');
  }
  const name = typeof value.name === 'string' && value.name.trim() ? value.name.trim() : value.id;
  return { id: value.id, name };
}

function parseAuth(value: unknown): AuthConfig {
  if (!isRecord(value)) throw new ConfigError('auth is missing');
  if (value.mode === 'local') return { mode: 'local' };
  if (value.mode !== 'oidc') throw new ConfigError('auth.mode must be "local" or "oidc"');
  let issuer: URL;
  try {
    issuer = new URL(String(value.issuer));
  } catch (cause) {
    throw new ConfigError('auth.issuer must be a URL', { cause });
  }
  // The tokens travel from the issuer: never over plain http, except to a local test issuer.
  const local = issuer.hostname === 'localhost' || issuer.hostname === '127.0.0.1';
  if (issuer.protocol !== 'https:' && !(local && issuer.protocol === 'http:')) {
    throw new ConfigError('auth.issuer must be an https URL');
  }
  if (typeof value.clientId !== 'string' || value.clientId === '') {
    throw new ConfigError('auth.clientId is missing');
  }
  const scope = typeof value.scope === 'string' && value.scope.trim() ? value.scope.trim() : DEFAULT_SCOPE;
  if (!scope.split(/\s+/).includes('openid')) throw new ConfigError('auth.scope must include openid');
  if (
    value.grantsClaim !== undefined &&
    (typeof value.grantsClaim !== 'string' || value.grantsClaim === '')
  ) {
    throw new ConfigError('auth.grantsClaim must be a claim name');
  }
  return {
    mode: 'oidc',
    issuer: issuer.href.replace(/\/+$/, ''),
    clientId: value.clientId,
    scope,
    ...(value.grantsClaim !== undefined && { grantsClaim: value.grantsClaim }),
  };
}

export function parseDashboardConfig(value: unknown): DashboardConfig {
  if (!isRecord(value) || !Array.isArray(value.sites) || value.sites.length === 0) {
    throw new ConfigError('sites must be a non-empty list');
  }
  const sites = value.sites.map(parseSite);
  if (new Set(sites.map((site) => site.id)).size !== sites.length) throw new ConfigError('site ids repeat');
  return { sites, auth: parseAuth(value.auth) };
}

/** Fetches and parses config.json; every failure (network, status, shape) is a ConfigError. */
export async function loadDashboardConfig(
  url: string,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): Promise<DashboardConfig> {
  let body: unknown;
  try {
    const response = await fetchFn(url, { cache: 'no-cache', credentials: 'omit' });
    if (!response.ok) throw new ConfigError(`config answered ${response.status}`);
    body = await response.json();
  } catch (cause) {
    if (cause instanceof ConfigError) throw cause;
    throw new ConfigError('config could not be read', { cause });
  }
  return parseDashboardConfig(body);
}
