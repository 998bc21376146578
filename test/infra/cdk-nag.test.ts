import { Validations } from 'aws-cdk-lib';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app';
import { assemblyDir, unacknowledgedFindings } from './app-fixture.ts';

/** The app as `cdk synth` builds it (without esbuild), in an assembly directory of this test. */
function newApp() {
  return buildApp({ bundling: false, outdir: assemblyDir('test') });
}

function acknowledgements(root: IConstruct): { path: string; id: string; reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^Annotation::/i, ''),
          reason,
        })),
      ),
  );
}

/** CDK's own function that uploads the dashboard build (BucketDeployment's singleton). */
const DEPLOYMENT_HELPER =
  'KommuneService/Api/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C256MiB';

describe('cdk-nag AwsSolutions checks', () => {
  it('report no unacknowledged finding for the app', () => {
    const { app } = newApp();

    const { error, findings } = unacknowledgedFindings(app);

    expect(findings).toEqual([]);
    expect(error).toBeUndefined();
  });

  it('fail synthesis on an unacknowledged finding', () => {
    // Negative control: proves the checks run and their findings reach the report.
    const { app, stateful } = newApp();
    new Table(stateful, 'Unprotected', { partitionKey: { name: 'pk', type: AttributeType.STRING } });

    const { error, findings } = unacknowledgedFindings(app);

    expect(findings).toContain('AwsSolutions-DDB3 at KommuneService/Stateful/Unprotected/Resource');
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toMatch(/ValidationFailed|Validation failed/);
  });

  it('are acknowledged only where the design requires it', () => {
    const { app } = newApp();

    const acknowledged = acknowledgements(app).map(({ path, id }) => `${id} at ${path}`);

    // A new entry here needs a review of its reason, not just an update of this list.
    expect(acknowledged.sort()).toEqual(
      [
        'AwsSolutions-APIG4 at KommuneService/Api/HttpApi/DELETE--v1--sites--{siteId}--conversations--{id}',
        'AwsSolutions-APIG4 at KommuneService/Api/HttpApi/GET--v1--sites--{siteId}--conversations--{id}',
        'AwsSolutions-APIG4 at KommuneService/Api/HttpApi/OPTIONS--v1--sites--{siteId}--{proxy+}',
        'AwsSolutions-APIG4 at KommuneService/Api/HttpApi/POST--v1--sites--{siteId}--conversations',
        'AwsSolutions-APIG4 at KommuneService/Api/HttpApi/POST--v1--sites--{siteId}--conversations--{id}--messages',
        'AwsSolutions-APIG4 at KommuneService/Api/HttpApi/POST--v1--sites--{siteId}--feedback',
        'AwsSolutions-CFR1 at KommuneService/Api/Dashboard',
        'AwsSolutions-CFR2 at KommuneService/Api/Dashboard',
        'AwsSolutions-CFR3 at KommuneService/Api/Dashboard',
        'AwsSolutions-CFR4 at KommuneService/Api/Dashboard',
        'AwsSolutions-S1 at KommuneService/Api/Dashboard',
        'AwsSolutions-COG3 at KommuneService/Stateful/StaffUsers/Pool',
        'AwsSolutions-COG8 at KommuneService/Stateful/StaffUsers/Pool',
        ...[
          'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          'IAM5[Action::s3:Abort*]',
          'IAM5[Action::s3:DeleteObject*]',
          'IAM5[Action::s3:GetBucket*]',
          'IAM5[Action::s3:GetObject*]',
          'IAM5[Action::s3:List*]',
          'IAM5[Resource::*]',
          'IAM5[Resource::<DashboardFilesFF9B60FA.Arn>/*]',
          'IAM5[Resource::arn:aws:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-eu-north-1/*]',
          'L1',
        ].map((rule) => `AwsSolutions-${rule} at ${DEPLOYMENT_HELPER}`),
        'AwsSolutions-DDB3 at KommuneService/Stateful/ChatTable',
        'AwsSolutions-DDB3 at KommuneService/Stateful/EphemeralTable',
        'AwsSolutions-SMG4 at KommuneService/Stateful/TokenSecret',
        'AwsSolutions-SNS2 at KommuneService/Api/Alarms/Topic',
        'AwsSolutions-SNS2 at KommuneService/Edge/Alarms',
      ].sort(),
    );
  });

  it('are acknowledged with specific reasons', () => {
    const { app } = newApp();

    for (const { path, reason } of acknowledgements(app)) {
      expect(reason.length, path).toBeGreaterThanOrEqual(60);
    }
    const reasons = acknowledgements(app).map(({ reason }) => reason);
    expect(new Set(reasons).size, 'every reason is written for its own case').toBe(reasons.length);
  });
});
