import { z } from 'zod';
import { SiteRegistry } from './sites.ts';

/**
 * Configuration read from the environment once, at cold start, and validated with zod so
 * that a missing setting fails the first invocation loudly instead of misbehaving later.
 */
const tableName = z.string().min(3).max(255);

const envSchema = z.object({
  TABLE_FEEDBACK: tableName.optional(),
  TABLE_COUNTERS: tableName.optional(),
  TABLE_EPHEMERAL: tableName.optional(),
  TABLE_CHAT: tableName.optional(),
  TABLE_AUDIT: tableName.optional(),
  /** How long the audit trail of transcript reads is kept. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** The key for hashing visitors' tokens: given directly (local) or as a Secrets Manager ARN (cloud). */
  TOKEN_SECRET: z.string().min(32).optional(),
  TOKEN_SECRET_ARN: z.string().startsWith('arn:').optional(),
  /** Overrides every site's chat retention; for local demos and tests only. */
  CHAT_RETENTION_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(21 * 86_400)
    .optional(),
  SITES_JSON: z.string().min(2),
  DYNAMODB_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).optional(),
  COMMENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** The JWT claim with the staff member's roles and sites (see shared/staff/access.ts). */
  STAFF_GRANTS_CLAIM: z.string().min(1).default('cognito:groups'),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Invalid configuration: ${fields}`);
  }
  return parsed.data;
}

/** A table the function was bound to; failing here means the CDK binding is missing. */
export function requireTable(
  env: Env,
  key: 'TABLE_FEEDBACK' | 'TABLE_COUNTERS' | 'TABLE_EPHEMERAL' | 'TABLE_CHAT' | 'TABLE_AUDIT',
): string {
  const name = env[key];
  if (!name) throw new Error(`Invalid configuration: ${key} is not set for this function`);
  return name;
}

export function sitesFrom(env: Env): SiteRegistry {
  return SiteRegistry.fromJson(env.SITES_JSON);
}
