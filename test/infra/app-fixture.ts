import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { afterAll, onTestFinished } from 'vitest';
import { type BuildAppOptions, buildApp, type ServiceApp } from '#infra/app';

export interface SynthesizedApp extends ServiceApp {
  statefulTemplate: Template;
  apiTemplate: Template;
}

/**
 * A fresh directory for a cloud assembly (CDK would otherwise leave one in the temporary
 * directory per app), removed when the calling suite ends, or the calling test with
 * `scope: 'test'`.
 */
export function assemblyDir(scope: 'suite' | 'test' = 'suite'): string {
  const outdir = mkdtempSync(join(tmpdir(), 'infra-test-'));
  const remove = () => rmSync(outdir, { recursive: true, force: true });
  if (scope === 'test') onTestFinished(remove);
  else afterAll(remove);
  return outdir;
}

/**
 * The real app as `cdk synth` builds it (cdk.json context, config/sites.json, cdk-nag), by
 * default without running esbuild: template tests do not need the bundles, and one test
 * file bundles for real. Call it while a suite is collected (inside `describe`).
 */
export function synthesizeApp(options: BuildAppOptions = {}): SynthesizedApp {
  const service = buildApp({ bundling: false, outdir: assemblyDir(), ...options });
  return {
    ...service,
    statefulTemplate: Template.fromStack(service.stateful),
    apiTemplate: Template.fromStack(service.api),
  };
}

/** The logical id of a construct's CloudFormation resource (its default child, or itself). */
export function logicalId(construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(construct).getLogicalId(element);
}

export interface PolicyStatement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** Every statement of the inline policies attached to a role, as synthesized. */
export function roleStatements(template: Template, roleLogicalId: string): PolicyStatement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies)
    .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(`"${roleLogicalId}"`))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as PolicyStatement[]);
}

export function actionsOf(statement: PolicyStatement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

/** The actions a set of statements allows on one table (matched by the table's logical id). */
export function actionsOnTable(statements: PolicyStatement[], tableLogicalId: string): Set<string> {
  return new Set(
    statements
      .filter((statement) => statement.Effect === 'Allow')
      .filter((statement) => JSON.stringify(statement.Resource).includes(tableLogicalId))
      .flatMap(actionsOf),
  );
}

interface ValidationReport {
  pluginReports: {
    pluginName: string;
    violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[];
  }[];
}

/**
 * Synthesizes like `cdk synth` and returns the AwsSolutions findings that were not
 * acknowledged, from the validation report CDK writes into the cloud assembly. Synthesis
 * throws when a plugin reports a finding; the report is written before that.
 */
export function unacknowledgedFindings(app: App): {
  error?: unknown;
  findings: string[];
} {
  let error: unknown;
  try {
    app.synth();
  } catch (caught) {
    error = caught;
  }
  const report = JSON.parse(
    readFileSync(join(app.outdir, 'validation-report.json'), 'utf8'),
  ) as ValidationReport;
  const findings = report.pluginReports
    .filter((pluginReport) => pluginReport.pluginName === 'AwsSolutions')
    .flatMap((pluginReport) => pluginReport.violations)
    .flatMap((violation) =>
      violation.violatingConstructs.map((c) => `${violation.ruleName} at ${c.constructPath}`),
    );
  return { error, findings };
}
