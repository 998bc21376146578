import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ApiStack } from './api-stack.ts';
import { PROJECT_ROOT } from './lambda-function.ts';
import { type DeploymentConfig, readDeploymentConfig } from './site-config.ts';
import type { StaffIssuer } from './staff-sign-in.ts';
import { StatefulStack } from './stateful-stack.ts';

export const STACK_PREFIX = 'KommuneService';

export interface BuildAppOptions {
  /** Context on top of cdk.json's and the CLI's (`-c key=value`). */
  context?: Record<string, unknown>;
  /** Where the cloud assembly goes; defaults to the CLI's CDK_OUTDIR or a temporary directory. */
  outdir?: string;
  /**
   * Bundle the functions with esbuild (default). Tests that only read templates switch it
   * off; CDK then stages a placeholder asset instead of running esbuild.
   */
  bundling?: boolean;
}

export interface ServiceApp {
  app: App;
  config: DeploymentConfig;
  stateful: StatefulStack;
  api: ApiStack;
}

/** Builds the whole CDK app; `cdk synth` and the infra tests both come through here. */
export function buildApp(options: BuildAppOptions = {}): ServiceApp {
  const props: AppProps = {
    // cdk.json's context as the base, so that an app built outside the CLI (tests) is
    // configured like a deployment; the CLI's context (cdk.json plus `-c`) overrides it.
    context: cdkJsonContext(),
    postCliContext: {
      ...options.context,
      ...(options.bundling === false ? { 'aws:cdk:bundling-stacks': [] } : {}),
    },
    ...(options.outdir ? { outdir: options.outdir } : {}),
  };
  const app = new App(props);
  const config = readDeploymentConfig((key) => app.node.tryGetContext(key), PROJECT_ROOT);
  // The account comes from the CLI's credentials; the region is pinned to the EU/EEA.
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: config.region };

  const stateful = new StatefulStack(app, `${STACK_PREFIX}-Stateful`, {
    env,
    ...(config.staffAuth.kind === 'cognito' && {
      staffUsers: { sites: config.sites, domainPrefix: config.staffAuth.domainPrefix },
    }),
    description: 'Page feedback and chat log service: tables and the token key (retained on stack deletion)',
  });
  const api = new ApiStack(app, `${STACK_PREFIX}-Api`, {
    env,
    description: 'Page feedback and chat log service: public HTTP API and its functions',
    tables: stateful.tables,
    tokenSecret: stateful.tokenSecret,
    staffIssuer: staffIssuerOf(config, stateful),
    sites: config.sites,
    alarmEmail: config.alarmEmail,
    functionEnvironment: {
      SITES_JSON: config.sitesJson,
      COMMENT_RETENTION_DAYS: String(config.commentRetentionDays),
      AUDIT_RETENTION_DAYS: String(config.auditRetentionDays),
    },
  });

  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, config, stateful, api };
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

/** The context in cdk.json, the base the CLI's `-c key=value` overrides. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  return cdkJson.context ?? {};
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
}

if (isEntryPoint()) {
  buildApp().app.synth();
}
