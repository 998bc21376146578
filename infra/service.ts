import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { z } from 'zod';
import type { siteSchema } from '#shared/sites';
import { ApiStack } from './api-stack.ts';
import { TABLE_MAX_REQUEST_UNITS } from './capacity-limits.ts';
import { EDGE_REGION, EdgeStack, type ManagedRulesMode } from './edge-stack.ts';
import { type DeploymentConfig, deploymentConfig } from './site-config.ts';
import type { StaffIssuer } from './staff-sign-in.ts';
import { StatefulStack } from './stateful-stack.ts';

/** A site as written in `config/sites.json`: `languages` and `chatRetentionDays` may be left out. */
export type SiteInput = z.input<typeof siteSchema>;

/**
 * The whole service for a municipality's own CDK app:
 *
 * ```ts
 * new KommuneService(app, 'KommuneService', {
 *   region: 'eu-north-1',
 *   sites: [{ id: 'grimstad', name: 'Grimstad kommune', origins: ['https://www.grimstad.kommune.no'] }],
 *   alarmEmail: 'drift@grimstad.kommune.no',
 * });
 * ```
 *
 * Every prop is checked when the construct is made, so a mistake fails `cdk synth`, not a
 * deployed function.
 */
export interface KommuneServiceProps {
  /** The municipality's websites: id, name, origins, languages, chat retention (at most 21 days), own names. */
  sites: readonly SiteInput[];
  /** Where the data lives. Only EU/EEA regions are accepted (the region guard). */
  region: string;
  /** The AWS account; by default the one of the CLI's credentials. */
  account?: string | undefined;
  /** Days masked feedback comments are kept (1–3650; default 365). */
  commentRetentionDays?: number | undefined;
  /** Days the audit trail of transcript reads is kept (1–3650; default 365). */
  auditRetentionDays?: number | undefined;
  /**
   * Staff sign in with the municipality's own OpenID Connect issuer (Entra ID, …): its URL, the
   * client ids its tokens are for, and the claim with the roles (default `cognito:groups`).
   * Without it, a Cognito user pool in the stateful stack.
   */
  staffIssuer?: { issuer: string; audience: readonly string[]; grantsClaim?: string | undefined } | undefined;
  /** The Cognito hosted sign-in's domain prefix (without `staffIssuer`; default from the account). */
  staffDomainPrefix?: string | undefined;
  /** Who receives the alarms by e-mail; without it, subscribe to the alarm topic later. */
  alarmEmail?: string | undefined;
  /** Memory of every function, in MB (128–3008; default 256). */
  memorySize?: number | undefined;
  /** How long the functions' and the API's logs are kept (default one month). */
  logRetention?: RetentionDays | undefined;
  /** The start of the stacks' names (default `KommuneService`: `KommuneService-Stateful`, `-Api`, `-Edge`). */
  stackPrefix?: string | undefined;
  /**
   * The AWS WAF web ACL in front of the distribution (a stack in us-east-1, where CloudFront's
   * web ACLs live; it holds rules and counts only). `managedRules` starts as `count`: switch to
   * `block` once their counts show they block no real visitor. `false` leaves the edge out.
   */
  edge?: { managedRules?: ManagedRulesMode | undefined } | false | undefined;
  /** Keep Lambda concurrency for the hourly job and the staff functions (default on; off for an account whose limit is still 10). */
  reserveConcurrency?: boolean | undefined;
  /** On-demand ceilings of every table in request units per second, a cost guard (default TABLE_MAX_REQUEST_UNITS); `false` for none. */
  tableMaxRequestUnits?: { read: number; write: number } | false | undefined;
}

/**
 * The service as one construct: a stateful stack (tables, the token key, the staff user pool;
 * kept on deletion) and an API stack (functions, HTTP API, dashboard, alarms; replaceable).
 */
export class KommuneService extends Construct {
  readonly config: DeploymentConfig;
  readonly stateful: StatefulStack;
  readonly api: ApiStack;
  /** The web ACL's stack in us-east-1, unless `edge: false`. */
  readonly edge: EdgeStack | undefined;

  constructor(scope: Construct, id: string, props: KommuneServiceProps) {
    super(scope, id);
    const config = deploymentConfig(props);
    this.config = config;
    const prefix = props.stackPrefix ?? 'KommuneService';
    const env = { account: props.account ?? process.env.CDK_DEFAULT_ACCOUNT, region: config.region };

    this.edge =
      props.edge === false
        ? undefined
        : new EdgeStack(this, 'Edge', {
            env: { account: env.account, region: EDGE_REGION },
            stackName: `${prefix}-Edge`,
            description:
              'Page feedback and chat log service: the AWS WAF web ACL of the distribution (rules only)',
            siteIds: config.sites.map((site) => site.id),
            managedRules: props.edge?.managedRules ?? 'count',
            webAclName: `${prefix}-edge`,
            alarmEmail: config.alarmEmail,
          });
    this.stateful = new StatefulStack(this, 'Stateful', {
      env,
      stackName: `${prefix}-Stateful`,
      maxRequestUnits:
        props.tableMaxRequestUnits === false
          ? undefined
          : (props.tableMaxRequestUnits ?? TABLE_MAX_REQUEST_UNITS),
      ...(config.staffAuth.kind === 'cognito' && {
        staffUsers: { sites: config.sites, domainPrefix: config.staffAuth.domainPrefix },
      }),
      description:
        'Page feedback and chat log service: tables and the token key (retained on stack deletion)',
    });
    this.api = new ApiStack(this, 'Api', {
      env,
      stackName: `${prefix}-Api`,
      // The web ACL's ARN comes from us-east-1 (CDK carries it over in an SSM parameter).
      crossRegionReferences: this.edge !== undefined,
      webAclArn: this.edge?.webAcl.attrArn,
      reserveConcurrency: props.reserveConcurrency,
      description: 'Page feedback and chat log service: public HTTP API and its functions',
      tables: this.stateful.tables,
      tokenSecret: this.stateful.tokenSecret,
      staffIssuer: staffIssuerOf(config, this.stateful),
      sites: config.sites,
      alarmEmail: config.alarmEmail,
      memorySize: config.memorySize,
      logRetention: config.logRetention,
      functionEnvironment: {
        SITES_JSON: config.sitesJson,
        COMMENT_RETENTION_DAYS: String(config.commentRetentionDays),
        AUDIT_RETENTION_DAYS: String(config.auditRetentionDays),
      },
    });
  }
}

function staffIssuerOf(config: DeploymentConfig, stateful: StatefulStack): StaffIssuer {
  if (config.staffAuth.kind === 'external') return config.staffAuth;
  const users = stateful.staffUsers;
  if (!users) throw new Error('The stateful stack has no staff user pool');
  return {
    kind: 'cognito',
    userPool: users.userPool,
    domain: users.domain,
    grantsClaim: config.staffAuth.grantsClaim,
  };
}
