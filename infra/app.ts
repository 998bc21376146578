import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { ApiStack } from './api-stack.ts';
import { PROJECT_ROOT } from './lambda-function.ts';
import { KommuneService } from './service.ts';
import { type DeploymentConfig, servicePropsFromContext } from './site-config.ts';
import type { StatefulStack } from './stateful-stack.ts';

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
  service: KommuneService;
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
  const service = new KommuneService(
    app,
    STACK_PREFIX,
    servicePropsFromContext((key) => app.node.tryGetContext(key), PROJECT_ROOT),
  );
  const { config, stateful, api } = service;

  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, service, config, stateful, api };
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
