import {
  type INavigator,
  InMemoryWebStorage,
  UserManager,
  type UserManagerSettings,
  WebStorageStateStore,
} from 'oidc-client-ts';
import { principalFromClaims, type StaffRole } from '../../shared/staff/access.ts';
import type { AuthConfig } from './config.ts';

export type { StaffRole };

/** Who is signed in, as the service will read it from the token: what the screens offer and the audit trail records. */
export interface StaffIdentity {
  /** The name the audit trail records; undefined when the dashboard cannot tell (the local token). */
  who: string | undefined;
  roles: ReadonlySet<StaffRole>;
}

/**
 * How staff sign in. Locally: the staff token that `npm start` prints, typed into a form. In
 * the cloud: OpenID Connect, authorization code flow with PKCE (oidc-client-ts), and the access
 * token as the bearer token. Either way, what proves who you are stays in sessionStorage only:
 * it is gone when the tab closes.
 */
export interface Auth {
  readonly mode: AuthConfig['mode'];
  /** The bearer token, or undefined when nobody is signed in (or the session has run out). */
  token(): Promise<string | undefined>;
  /**
   * Finishes a sign-in the page was redirected back from (oidc); true when this page load was
   * such a return. Throws SignInFailedError when the issuer refused or the answer is wrong.
   */
  completeSignIn(): Promise<boolean>;
  /** oidc: off to the issuer (the page unloads); local: keeps the given token. */
  signIn(token?: string): Promise<void>;
  signOut(): Promise<void>;
  /** The signed-in user's name and roles, or undefined when nobody is signed in. */
  identity(): Promise<StaffIdentity | undefined>;
}

export class SignInFailedError extends Error {
  override name = 'SignInFailedError';
}

export const LOCAL_TOKEN_KEY = 'kommune-dashboard:staff-token';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Local mode: the token is whatever the user typed; the service tells whether it is right (401). */
export function localAuth(storage: StorageLike | undefined): Auth {
  let memory: string | undefined;
  const read = () => {
    try {
      return storage?.getItem(LOCAL_TOKEN_KEY) ?? memory;
    } catch {
      return memory;
    }
  };
  return {
    mode: 'local',
    token: async () => read() || undefined,
    completeSignIn: async () => false,
    async signIn(token) {
      const value = token?.trim();
      if (!value) throw new SignInFailedError('no token');
      memory = value;
      try {
        storage?.setItem(LOCAL_TOKEN_KEY, value);
      } catch {
        // Blocked storage: the token lives in this page only, and is asked for again on reload.
      }
    },
    // The local token has every role on every site (infra/local/runtime.ts).
    identity: async () => (read() ? { who: undefined, roles: new Set(['stats', 'transcripts']) } : undefined),
    async signOut() {
      memory = undefined;
      try {
        storage?.removeItem(LOCAL_TOKEN_KEY);
      } catch {
        // Nothing was stored.
      }
    },
  };
}

/**
 * The folder a URL is in, without file name, query or fragment. Of the dashboard's script it is
 * where the issuer sends the user back to (`https://…/dashboard/`, the callback URL registered
 * with the issuer), even when the page was opened at another address (a CDN's root object).
 */
export function folderOf(address: string): string {
  const url = new URL(address);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/[^/]*$/, '');
  return url.href;
}

/**
 * The claims of a JWT, read without checking its signature: only to choose what to show. The
 * service checks every request itself.
 */
export function jwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The name and roles the service reads from a token's claims (the same rules: shared/staff/access.ts). */
export function identityOf(token: string, grantsClaim: string | undefined): StaffIdentity | undefined {
  const principal = principalFromClaims(jwtClaims(token), grantsClaim);
  return principal && { who: principal.who, roles: principal.roles };
}

/** Settings for oidc-client-ts: code flow with PKCE, everything in the given (session) storage. */
export function oidcSettings(
  auth: Extract<AuthConfig, { mode: 'oidc' }>,
  redirect: string,
  storage: Storage,
): UserManagerSettings {
  const store = new WebStorageStateStore({ store: storage, prefix: 'kommune-dashboard:oidc.' });
  return {
    // Discovery: `${issuer}/.well-known/openid-configuration`.
    authority: auth.issuer,
    client_id: auth.clientId,
    redirect_uri: redirect,
    post_logout_redirect_uri: redirect,
    scope: auth.scope,
    response_type: 'code',
    response_mode: 'query',
    // Both stores in sessionStorage: the PKCE verifier and the tokens never outlive the tab.
    userStore: store,
    stateStore: store,
    // No hidden iframes: renewal uses the refresh token, if the issuer gave one, when needed.
    automaticSilentRenew: false,
    monitorSession: false,
    loadUserInfo: false,
  };
}

/** A sign-in redirect's return: `?code&state`, or `?error&state` when the issuer refused. */
export function isSignInReturn(pageUrl: string): boolean {
  const params = new URL(pageUrl).searchParams;
  return params.has('state') && (params.has('code') || params.has('error'));
}

export function oidcAuth(
  auth: Extract<AuthConfig, { mode: 'oidc' }>,
  options: {
    /** Where the issuer sends the user back to: the dashboard's folder. */
    redirectUri: string;
    pageUrl: () => string;
    storage: Storage;
    /** Clears `?code&state` from the address bar once used. */
    replaceUrl: (url: string) => void;
    /** Tests pass a navigator that records the authorize URL instead of leaving the page. */
    navigator?: INavigator;
  },
): Auth {
  const manager = new UserManager(
    oidcSettings(auth, options.redirectUri, options.storage),
    options.navigator,
  );
  async function token() {
    let user = await manager.getUser();
    if (user?.expired && user.refresh_token) {
      user = await manager.signinSilent().catch(() => null);
    }
    if (!user || user.expired) return undefined;
    return user.access_token;
  }
  return {
    mode: 'oidc',
    token,
    async identity() {
      const current = await token();
      return current ? identityOf(current, auth.grantsClaim) : undefined;
    },
    async completeSignIn() {
      const url = options.pageUrl();
      if (!isSignInReturn(url)) return false;
      try {
        await manager.signinRedirectCallback(url);
      } catch (cause) {
        throw new SignInFailedError('the issuer did not sign the user in', { cause });
      } finally {
        options.replaceUrl(folderOf(url));
      }
      return true;
    },
    signIn: () => manager.signinRedirect(),
    signOut: () => manager.removeUser(),
  };
}

/** `scriptSrc`: the dashboard script's own address; the sign-in returns to its folder. */
export function createAuth(config: AuthConfig, scriptSrc: string): Auth {
  const storage = sessionStore();
  if (config.mode === 'local') return localAuth(storage);
  return oidcAuth(config, {
    redirectUri: folderOf(scriptSrc),
    pageUrl: () => location.href,
    // Without sessionStorage (blocked site data) a redirect cannot be finished; the user is told so.
    storage: storage ?? new InMemoryWebStorage(),
    replaceUrl: (url) => history.replaceState(null, '', url),
  });
}

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
