import { ForbiddenError, UnauthorizedError } from '../errors.ts';

/**
 * Who a staff request comes from, read from the claims of a JWT that API Gateway's JWT
 * authorizer has already verified (signature, issuer, audience, expiry). One claim carries
 * the grants: role names (`stats`, `transcripts`) and sites (`site:grimstad`, or `site:*`).
 * With Cognito it is the `cognito:groups` claim (the user's groups); with Entra ID, for
 * example, the app roles in `roles`. The claim's name is configuration.
 */
const STAFF_ROLES = ['stats', 'transcripts'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffPrincipal {
  /** For the audit trail: a user name or e-mail where the token has one, else the subject. */
  who: string;
  roles: ReadonlySet<StaffRole>;
  sites: ReadonlySet<string> | 'all';
}

export const DEFAULT_GRANTS_CLAIM = 'cognito:groups';

/** A claim's values: a JSON array, or the `[a b c]` string API Gateway makes of one, or a list. */
function values(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.map(String);
  if (typeof claim !== 'string') return [];
  return claim
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}

export function principalFromClaims(
  claims: Readonly<Record<string, unknown>> | undefined,
  grantsClaim = DEFAULT_GRANTS_CLAIM,
): StaffPrincipal | undefined {
  if (!claims || typeof claims.sub !== 'string' || claims.sub === '') return undefined;
  const grants = values(claims[grantsClaim]);
  const siteGrants = grants.filter((g) => g.startsWith('site:')).map((g) => g.slice(5));
  const name = [claims.preferred_username, claims.email, claims['cognito:username'], claims.sub].find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  return {
    who: name ?? claims.sub,
    roles: new Set(STAFF_ROLES.filter((role) => grants.includes(role))),
    sites: siteGrants.includes('*') ? 'all' : new Set(siteGrants),
  };
}

/** 401 without a principal; 403 without the role or the site. */
export function requireAccess(
  principal: StaffPrincipal | undefined,
  siteId: string,
  role: StaffRole,
): StaffPrincipal {
  if (!principal) throw new UnauthorizedError('Sign in as staff to see this.');
  if (!principal.roles.has(role)) {
    throw new ForbiddenError(`This needs the "${role}" role.`, { code: 'missing_role' });
  }
  if (principal.sites !== 'all' && !principal.sites.has(siteId)) {
    throw new ForbiddenError('You have no access to this site.', { code: 'site_not_allowed' });
  }
  return principal;
}
