import { type INavigator, InMemoryWebStorage, type NavigateParams } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  folderOf,
  isSignInReturn,
  LOCAL_TOKEN_KEY,
  localAuth,
  oidcAuth,
  oidcSettings,
  SignInFailedError,
} from '../../web/dashboard/auth.ts';
import { fakeStorage } from '../support/web-storage.ts';

const ISSUER = 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_abc123';
const DASHBOARD = 'https://d111.cloudfront.net/dashboard/';
const OIDC = { mode: 'oidc', issuer: ISSUER, clientId: 'client-1', scope: 'openid email profile' } as const;
const DISCOVERY = {
  issuer: ISSUER,
  authorization_endpoint: 'https://kommune.auth.eu-north-1.amazoncognito.com/oauth2/authorize',
  token_endpoint: 'https://kommune.auth.eu-north-1.amazoncognito.com/oauth2/token',
  jwks_uri: `${ISSUER}/.well-known/jwks.json`,
};

/** A navigator that records where the browser would have gone instead of leaving the page. */
function recordingNavigator() {
  const visited: NavigateParams[] = [];
  const navigator: INavigator = {
    prepare: async () => ({
      navigate: async (params) => {
        visited.push(params);
        return { url: params.url };
      },
      close: () => undefined,
    }),
    callback: async () => undefined,
  };
  return { navigator, visited };
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unsignedJwt = (claims: Record<string, unknown>) =>
  `${base64url({ alg: 'none' })}.${base64url(claims)}.sig`;

/** The issuer: discovery, and the token endpoint that redeems one code. */
function fakeIssuer(tokens: Record<string, unknown>) {
  const calls: { url: string; body?: string }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, ...(init?.body && { body: String(init.body) }) });
    if (url === `${ISSUER}/.well-known/openid-configuration`) return Response.json(DISCOVERY);
    if (url === DISCOVERY.token_endpoint) return Response.json(tokens);
    return new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchFn);
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('localAuth', () => {
  it('keeps the typed token in sessionStorage and forgets it on sign-out', async () => {
    const storage = fakeStorage();
    const auth = localAuth(storage);

    await auth.signIn('  local-staff-token-123  ');

    expect(await auth.token()).toBe('local-staff-token-123');
    expect(storage.items.get(LOCAL_TOKEN_KEY)).toBe('local-staff-token-123');
    await auth.signOut();
    expect(await auth.token()).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  it('finds a token kept by an earlier page load of the same tab', async () => {
    const auth = localAuth(fakeStorage({ [LOCAL_TOKEN_KEY]: 'from-before' }));

    expect(await auth.token()).toBe('from-before');
    expect(await auth.completeSignIn()).toBe(false);
  });

  it('refuses an empty token', async () => {
    const auth = localAuth(fakeStorage());

    await expect(auth.signIn('   ')).rejects.toBeInstanceOf(SignInFailedError);
    expect(await auth.token()).toBeUndefined();
  });

  it('keeps the token for the page when storage is blocked', async () => {
    const auth = localAuth(fakeStorage({}, true));

    await auth.signIn('tab-only-token');

    expect(await auth.token()).toBe('tab-only-token');
  });
});

describe('folderOf', () => {
  it('is the folder without file, query or fragment: of the script, the URL the issuer returns to', () => {
    expect(folderOf(`${DASHBOARD}?code=abc&state=xyz#top`)).toBe(DASHBOARD);
    expect(folderOf(`${DASHBOARD}index.html`)).toBe(DASHBOARD);
    expect(folderOf(`${DASHBOARD}dashboard.js`)).toBe(DASHBOARD);
  });
});

describe('isSignInReturn', () => {
  it('knows a return from the issuer, with a code or an error, by its state', () => {
    expect(isSignInReturn(`${DASHBOARD}?code=abc&state=xyz`)).toBe(true);
    expect(isSignInReturn(`${DASHBOARD}?error=access_denied&state=xyz`)).toBe(true);
    expect(isSignInReturn(`${DASHBOARD}?code=abc`)).toBe(false);
    expect(isSignInReturn(DASHBOARD)).toBe(false);
  });
});

describe('oidcSettings', () => {
  it('asks for the code flow, returns to the dashboard and keeps nothing beyond the tab', () => {
    const storage = new InMemoryWebStorage();

    const settings = oidcSettings(OIDC, DASHBOARD, storage);

    expect(settings).toMatchObject({
      authority: ISSUER,
      client_id: 'client-1',
      redirect_uri: DASHBOARD,
      scope: 'openid email profile',
      response_type: 'code',
      automaticSilentRenew: false,
      monitorSession: false,
    });
  });
});

describe('oidcAuth', () => {
  it('sends the user to the authorize endpoint from discovery, with PKCE (S256) and a state', async () => {
    const calls = fakeIssuer({});
    const { navigator, visited } = recordingNavigator();
    const storage = new InMemoryWebStorage();
    // Opened at the CDN's root: the return is still to the dashboard's folder.
    const auth = oidcAuth(OIDC, {
      redirectUri: DASHBOARD,
      pageUrl: () => 'https://d111.cloudfront.net/',
      storage,
      replaceUrl: () => undefined,
      navigator,
    });

    await auth.signIn();

    expect(calls[0]?.url).toBe(`${ISSUER}/.well-known/openid-configuration`);
    expect(visited).toHaveLength(1);
    const url = new URL(visited[0]?.url ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(DISCOVERY.authorization_endpoint);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'client-1',
      redirect_uri: DASHBOARD,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.stringMatching(/^\w{16,}$/),
    });
    // The verifier waits for the return in the given (session) storage, under the state.
    expect(storage.length).toBe(1);
    expect(storage.key(0)).toBe(`kommune-dashboard:oidc.${url.searchParams.get('state')}`);
    expect(storage.getItem(storage.key(0) ?? '')).toContain('code_verifier');
  });

  it('redeems the code with the PKCE verifier, cleans the address bar and gives the access token', async () => {
    const storage = new InMemoryWebStorage();
    const { navigator, visited } = recordingNavigator();
    let page = DASHBOARD;
    const replaced: string[] = [];
    const options = {
      redirectUri: DASHBOARD,
      pageUrl: () => page,
      storage,
      replaceUrl: (url: string) => replaced.push(url),
      navigator,
    };
    const idToken = unsignedJwt({
      iss: ISSUER,
      aud: 'client-1',
      sub: 'staff-1',
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 3600,
    });
    const calls = fakeIssuer({
      access_token: 'access-123',
      id_token: idToken,
      token_type: 'Bearer',
      expires_in: 3600,
    });
    await oidcAuth(OIDC, options).signIn();
    const state = new URL(visited[0]?.url ?? '').searchParams.get('state');
    page = `${DASHBOARD}?code=the-code&state=${state}`;

    // A fresh page load after the redirect: a new client over the same session storage.
    const auth = oidcAuth(OIDC, options);
    expect(await auth.completeSignIn()).toBe(true);

    expect(replaced).toEqual([DASHBOARD]);
    const redeem = calls.find((call) => call.url === DISCOVERY.token_endpoint);
    const form = new URLSearchParams(redeem?.body);
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code')).toBe('the-code');
    expect(form.get('redirect_uri')).toBe(DASHBOARD);
    expect(form.get('code_verifier')).toMatch(/^[\w-]{43,128}$/);
    expect(await auth.token()).toBe('access-123');
    await auth.signOut();
    expect(await auth.token()).toBeUndefined();
  });

  it('fails the sign-in when the state is not one it sent, and still cleans the address bar', async () => {
    fakeIssuer({ access_token: 'never' });
    const replaced: string[] = [];
    const auth = oidcAuth(OIDC, {
      redirectUri: DASHBOARD,
      pageUrl: () => `${DASHBOARD}?code=stolen&state=forged`,
      storage: new InMemoryWebStorage(),
      replaceUrl: (url) => replaced.push(url),
    });

    await expect(auth.completeSignIn()).rejects.toBeInstanceOf(SignInFailedError);
    expect(replaced).toEqual([DASHBOARD]);
    expect(await auth.token()).toBeUndefined();
  });

  it('does nothing on an ordinary page load', async () => {
    const auth = oidcAuth(OIDC, {
      redirectUri: DASHBOARD,
      pageUrl: () => DASHBOARD,
      storage: new InMemoryWebStorage(),
      replaceUrl: () => {
        throw new Error('must not touch the address bar');
      },
    });

    expect(await auth.completeSignIn()).toBe(false);
    expect(await auth.token()).toBeUndefined();
  });
});
