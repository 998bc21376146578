import * as z from 'zod/mini';
import { LANGUAGES } from './languages.ts';
import { MAX_CHAT_RETENTION_DAYS } from './retention.ts';

export const languageSchema = z.enum(LANGUAGES);

export const SITE_ID_PATTERN = /^[a-z0-9-]{2,40}$/;

const originSchema = z
  .pipe(
    z.url({ protocol: /^https?$/ }),
    z.transform((value: string) => new URL(value).origin),
  )
  .check(z.describe('An origin such as https://www.grimstad.kommune.no'));

export const siteSchema = z.strictObject({
  id: z.string().check(z.regex(SITE_ID_PATTERN)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  origins: z.array(originSchema).check(z.minLength(1)),
  languages: z._default(z.array(languageSchema).check(z.minLength(1)), [...LANGUAGES]),
  chatRetentionDays: z._default(
    z.int().check(z.minimum(1), z.maximum(MAX_CHAT_RETENTION_DAYS)),
    MAX_CHAT_RETENTION_DAYS,
  ),
  privacyUrl: z.optional(z.url({ protocol: /^https?$/ })),
  /**
   * Names the site uses for itself, its institutions and its chatbot ("Frida"): never masked as
   * a person's name or a place. The site's `name` counts as one.
   */
  ownNames: z.optional(z.array(z.string().check(z.minLength(2), z.maxLength(100))).check(z.maxLength(50))),
});
export type Site = z.output<typeof siteSchema>;

export const sitesSchema = z.array(siteSchema).check(
  z.minLength(1),
  z.refine((sites) => new Set(sites.map((s) => s.id)).size === sites.length, 'site ids must be unique'),
);

/** The configured sites, looked up by id. An unknown id is `undefined`. */
export class SiteRegistry {
  readonly #byId: Map<string, Site>;

  constructor(sites: readonly Site[]) {
    this.#byId = new Map(sites.map((site) => [site.id, site]));
  }

  static fromJson(json: string): SiteRegistry {
    return new SiteRegistry(sitesSchema.parse(JSON.parse(json)));
  }

  get(siteId: string): Site | undefined {
    return this.#byId.get(siteId);
  }

  all(): Site[] {
    return [...this.#byId.values()];
  }
}

/** The names the anonymizer keeps for a site: its name and its own names. */
export const siteOwnNames = (site: Site): string[] => [site.name, ...(site.ownNames ?? [])];

export function isAllowedOrigin(site: Site, origin: string): boolean {
  return site.origins.includes(origin);
}
