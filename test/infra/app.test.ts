import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildApp, STACK_PREFIX } from '#infra/app';
import { assemblyDir, logicalId, synthesizeApp } from './app-fixture.ts';

describe('buildApp', () => {
  describe('with the context of cdk.json', () => {
    const { app, service, stateful, api, apiTemplate } = synthesizeApp();

    it('creates the stateful stack and the API stack, one KommuneService construct', () => {
      expect(app.node.children.map((child) => child.node.id)).toContain(STACK_PREFIX);
      expect([stateful.stackName, api.stackName]).toEqual([
        `${STACK_PREFIX}-Stateful`,
        `${STACK_PREFIX}-Api`,
      ]);
      expect(api.dependencies).toContain(stateful);
    });

    it('synthesises without a warning (npm run synth prints none)', () => {
      for (const stack of [stateful, api, ...(service.edge ? [service.edge] : [])]) {
        expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue()), stack.stackName).toEqual([]);
      }
    });

    it('sets the feature flags a new CDK app gets', () => {
      expect(app.node.tryGetContext('@aws-cdk/core:enablePartitionLiterals')).toBe(true);
      expect(app.node.tryGetContext('@aws-cdk/aws-lambda:recognizeLayerVersion')).toBe(true);
    });

    it('deploys both stacks to eu-north-1', () => {
      expect(stateful.region).toBe('eu-north-1');
      expect(api.region).toBe('eu-north-1');
    });

    it('references the tables strongly, so CloudFormation protects them while they are used', () => {
      const template = JSON.stringify(apiTemplate.toJSON());

      expect(template).toContain('Fn::ImportValue');
      expect(template).not.toContain('Fn::GetStackOutput');
    });
  });

  describe('with context from the command line', () => {
    const { stateful, api, apiTemplate } = synthesizeApp({
      context: { region: 'eu-central-1', commentRetentionDays: '30' },
    });

    it('deploys to the region given', () => {
      expect(stateful.region).toBe('eu-central-1');
      expect(api.region).toBe('eu-central-1');
    });

    it('gives the transcript functions the audit retention, 365 days by default', () => {
      const fn = apiTemplate.toJSON().Resources[logicalId(api.functions.transcript.function)];

      expect(fn.Properties.Environment.Variables.AUDIT_RETENTION_DAYS).toBe('365');
    });

    it('gives the functions the comment retention given', () => {
      const fn = apiTemplate.toJSON().Resources[logicalId(api.functions.postFeedback.function)];

      expect(fn.Properties.Environment.Variables.COMMENT_RETENTION_DAYS).toBe('30');
    });
  });

  describe('with an external staff issuer', () => {
    const { stateful, apiTemplate } = synthesizeApp({
      context: {
        staffIssuer: 'https://login.microsoftonline.com/tenant-id/v2.0',
        staffAudience: 'dashboard-client-id',
        staffGrantsClaim: 'roles',
      },
    });
    const resources = Object.values(apiTemplate.toJSON().Resources) as {
      Type: string;
      Properties: Record<string, unknown>;
    }[];

    it('creates no Cognito pool or client, and trusts only that issuer and audience', () => {
      const [authorizer] = resources.filter((r) => r.Type === 'AWS::ApiGatewayV2::Authorizer');

      expect(stateful.staffUsers).toBeUndefined();
      expect(resources.filter((r) => r.Type.startsWith('AWS::Cognito::'))).toEqual([]);
      expect(authorizer?.Properties.JwtConfiguration).toEqual({
        Issuer: 'https://login.microsoftonline.com/tenant-id/v2.0',
        Audience: ['dashboard-client-id'],
      });
    });

    it('tells the staff functions to read the grants from that claim', () => {
      const staffFunction = resources.find(
        (r) =>
          r.Type === 'AWS::Lambda::Function' && String(r.Properties.Description).startsWith('Staff: chat'),
      );

      expect(JSON.stringify(staffFunction?.Properties.Environment)).toContain('"STAFF_GRANTS_CLAIM":"roles"');
    });
  });

  it('refuses a region outside the EU/EEA', () => {
    expect(() => buildApp({ context: { region: 'us-east-1' }, outdir: assemblyDir('test') })).toThrow(
      /EU\/EEA/,
    );
  });
});
