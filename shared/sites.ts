import { z } from 'zod';
import { LANGUAGES } from './languages.ts';
import { MAX_CHAT_RETENTION_DAYS } from './retention.ts';

export const languageSchema = z.enum(LANGUAGES);

export const SITE_ID_PATTERN = /^[a-z0-9-]{2,40}$/;

const originSchema = z
  .url({ protocol: /^https?$/ })
  .transform((value) => new URL(value).origin)
  .describe('An origin such as https://www.grimstad.kommune.no');

export const siteSchema = z.strictObject({
  id: z.string().regex(SITE_ID_PATTERN),
  name: z.string().min(1).max(200),
  origins: z.array(originSchema).min(1),
  languages: z
    .array(languageSchema)
    .min(1)
    .default([...LANGUAGES]),
  chatRetentionDays: z.number().int().min(1).max(MAX_CHAT_RETENTION_DAYS).default(MAX_CHAT_RETENTION_DAYS),
  privacyUrl: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Names the site uses for itself, its institutions and its chatbot ("Frida"): never masked as
   * a person's name or a place. The site's `name` counts as one.
   */
  ownNames: z.array(z.string().min(2).max(100)).max(50).optional(),
});
export type Site = z.infer<typeof siteSchema>;

export const sitesSchema = z
  .array(siteSchema)
  .min(1)
  .refine((sites) => new Set(sites.map((s) => s.id)).size === sites.length, 'site ids must be unique');

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
