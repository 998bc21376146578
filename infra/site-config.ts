import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { z } from 'zod';
import { recordRetentionDays } from '#shared/retention';
import { type Site, sitesSchema } from '#shared/sites';
import { DEFAULT_GRANTS_CLAIM } from '#shared/staff/access';
import { DEFAULT_MEMORY_MB } from './lambda-function.ts';
import type { KommuneServiceProps } from './service.ts';

/**
 * Deployment settings read from CDK context (cdk.json, or `-c key=value` on the command line)
 * and validated once, so that a typo fails `cdk synth` instead of a deployed function.
 */

/**
 * Regions whose data stays in the EU/EEA. London (eu-west-2) and Zurich (eu-central-2) are
 * outside the EEA, so they are not on the list even though their names start with `eu-`.
 */
const EEA_REGIONS = ['eu-north-1', 'eu-west-1', 'eu-west-3', 'eu-central-1', 'eu-south-1', 'eu-south-2'];

/**
 * Lambda allows 4 KiB for all environment variables of a function together; the sites travel
 * in SITES_JSON, so keep them well below that and leave room for the table names.
 */
export const MAX_SITES_JSON_BYTES = 3072;

const regionSchema = z.enum(EEA_REGIONS, {
  error: `region must be one of the EU/EEA regions ${EEA_REGIONS.join(', ')}`,
});
const domainPrefixSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/);

/** A switch in context: `true`/`false` in cdk.json, or the same words from `-c key=value`; on unless set. */
const contextFlag = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .transform((value) => value === true || value === 'true')
  .default(true);

const contextSchema = z
  .object({
    region: regionSchema,
    sitesFile: z.string().min(1),
    // `-c commentRetentionDays=30` arrives as a string; the bounds are shared/retention.ts's.
    commentRetentionDays: recordRetentionDays,
    // How long the audit trail of transcript reads is kept (days).
    auditRetentionDays: recordRetentionDays,
    // Who receives the CloudWatch alarms by e-mail (infra/alarms.ts, docs/operations.md).
    alarmEmail: z.email().optional(),
    // Staff sign-in: an external OpenID Connect issuer (Entra ID, …) with its audience (client
    // ids, comma-separated), or, without one, a Cognito user pool made by the stateful stack.
    staffIssuer: z.url({ protocol: /^https$/ }).optional(),
    staffAudience: z
      .string()
      .optional()
      .transform((value) =>
        value
          ? value
              .split(',')
              .map((part) => part.trim())
              .filter(Boolean)
          : [],
      ),
    staffGrantsClaim: z.string().min(1).default(DEFAULT_GRANTS_CLAIM),
    // The Cognito hosted sign-in's domain prefix (globally unique per region).
    staffDomainPrefix: domainPrefixSchema.optional(),
    // Memory of every function in MB, and how long their and the API's logs are kept (days);
    // their bounds are the construct's (propsSchema below).
    memorySize: z.coerce.number().optional(),
    logRetentionDays: z.coerce.number().optional(),
    // The edge: the AWS managed rule groups' mode, or `false` to leave the web ACL out.
    wafManagedRules: z.enum(['count', 'block']).default('count'),
    edge: contextFlag,
    reserveConcurrency: contextFlag,
  })
  .refine((context) => !context.staffIssuer || context.staffAudience.length > 0, {
    message: 'staffAudience (the client id the dashboard signs in with) is needed with staffIssuer',
    path: ['staffAudience'],
  });

export type DeploymentContext = z.infer<typeof contextSchema>;

/** Where staff sign in: the Cognito user pool this app creates, or an issuer of the municipality's. */
export type StaffAuthConfig =
  | { kind: 'cognito'; grantsClaim: string; domainPrefix?: string | undefined }
  | { kind: 'external'; grantsClaim: string; issuer: string; audience: string[] };

export interface DeploymentConfig {
  region: string;
  staffAuth: StaffAuthConfig;
  sites: Site[];
  /** The validated sites as the functions receive them in SITES_JSON. */
  sitesJson: string;
  commentRetentionDays: number;
  auditRetentionDays: number;
  alarmEmail?: string | undefined;
  /** Memory of every function, in MB. */
  memorySize: number;
  /** How long the functions' and the API's logs are kept. */
  logRetention: RetentionDays;
  /** Whether AWS WAF rate-limits requests per client IP in front of the distribution. */
  edge: boolean;
}

/** The construct's props as validated: the same bounds as the context's. */
const propsSchema = z.object({
  region: regionSchema,
  commentRetentionDays: recordRetentionDays,
  auditRetentionDays: recordRetentionDays,
  alarmEmail: z.email().optional(),
  staffIssuer: z
    .object({
      issuer: z.url({ protocol: /^https$/ }),
      audience: z
        .array(z.string().min(1))
        .min(1, 'staffIssuer.audience needs the client id the dashboard signs in with'),
      grantsClaim: z.string().min(1).default(DEFAULT_GRANTS_CLAIM),
    })
    .optional(),
  staffDomainPrefix: domainPrefixSchema.optional(),
  memorySize: z.number().int().min(128).max(3008).default(DEFAULT_MEMORY_MB),
  logRetention: z
    .number()
    .refine(
      (days) => Object.values(RetentionDays).includes(days),
      'logRetention must be a CloudWatch RetentionDays value',
    )
    .default(RetentionDays.ONE_MONTH),
});

/** Validates the construct's props (sites included) into the configuration its stacks are built from. */
export function deploymentConfig(props: KommuneServiceProps): DeploymentConfig {
  const parsed = propsSchema.safeParse(props);
  if (!parsed.success) throw new Error(`Invalid KommuneService props:\n${z.prettifyError(parsed.error)}`);
  const valid = parsed.data;
  const sites = parseSites(JSON.stringify(props.sites), 'KommuneService sites');
  return {
    region: valid.region,
    staffAuth: valid.staffIssuer
      ? { kind: 'external', ...valid.staffIssuer }
      : { kind: 'cognito', grantsClaim: DEFAULT_GRANTS_CLAIM, domainPrefix: valid.staffDomainPrefix },
    sites,
    sitesJson: toSitesJson(sites),
    commentRetentionDays: valid.commentRetentionDays,
    auditRetentionDays: valid.auditRetentionDays,
    alarmEmail: valid.alarmEmail,
    memorySize: valid.memorySize,
    logRetention: valid.logRetention as RetentionDays,
    edge: props.edge !== false,
  };
}

/** Reads the settings from a context lookup such as `(key) => app.node.tryGetContext(key)`. */
export function readDeploymentContext(getContext: (key: string) => unknown): DeploymentContext {
  const parsed = contextSchema.safeParse({
    region: getContext('region'),
    sitesFile: getContext('sitesFile'),
    commentRetentionDays: getContext('commentRetentionDays'),
    auditRetentionDays: getContext('auditRetentionDays'),
    alarmEmail: getContext('alarmEmail'),
    staffIssuer: getContext('staffIssuer'),
    staffAudience: getContext('staffAudience'),
    staffGrantsClaim: getContext('staffGrantsClaim'),
    staffDomainPrefix: getContext('staffDomainPrefix'),
    memorySize: getContext('memorySize'),
    wafManagedRules: getContext('wafManagedRules'),
    edge: getContext('edge'),
    reserveConcurrency: getContext('reserveConcurrency'),
    logRetentionDays: getContext('logRetentionDays'),
  });
  if (!parsed.success) throw new Error(`Invalid CDK context:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Parses and validates the sites; the result has the schema's defaults filled in. */
export function parseSites(json: string, source: string): Site[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (cause) {
    throw new Error(`${source} is not valid JSON`, { cause });
  }
  const parsed = sitesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${source} does not describe valid sites:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Loads the sites file, a path relative to `baseDir` (the app passes the project root, where cdk.json is). */
export function loadSites(sitesFile: string, baseDir: string = process.cwd()): Site[] {
  const path = resolve(baseDir, sitesFile);
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(`Cannot read the sites file ${path}`, { cause });
  }
  return parseSites(json, path);
}

export function toSitesJson(sites: readonly Site[]): string {
  const json = JSON.stringify(sites);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_SITES_JSON_BYTES) {
    throw new Error(
      `The sites take ${bytes} bytes as SITES_JSON; Lambda environment variables allow at most ` +
        `${MAX_SITES_JSON_BYTES} here. Move the sites to a parameter or file before adding more.`,
    );
  }
  return json;
}

/** The construct's props from CDK context (cdk.json, `-c key=value`) and the sites file it names. */
export function servicePropsFromContext(
  getContext: (key: string) => unknown,
  baseDir?: string,
): KommuneServiceProps {
  const context = readDeploymentContext(getContext);
  return {
    region: context.region,
    sites: loadSites(context.sitesFile, baseDir),
    commentRetentionDays: context.commentRetentionDays,
    auditRetentionDays: context.auditRetentionDays,
    alarmEmail: context.alarmEmail,
    ...(context.staffIssuer
      ? {
          staffIssuer: {
            issuer: context.staffIssuer,
            audience: context.staffAudience,
            grantsClaim: context.staffGrantsClaim,
          },
        }
      : { staffDomainPrefix: context.staffDomainPrefix }),
    memorySize: context.memorySize,
    logRetention: context.logRetentionDays as RetentionDays | undefined,
    edge: context.edge && { managedRules: context.wafManagedRules },
    reserveConcurrency: context.reserveConcurrency,
  };
}

/** The deployment's configuration as `cdk synth` reads it. */
export function readDeploymentConfig(
  getContext: (key: string) => unknown,
  baseDir?: string,
): DeploymentConfig {
  return deploymentConfig(servicePropsFromContext(getContext, baseDir));
}
