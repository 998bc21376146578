import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, JOBS } from '#infra/functions';
import { KommuneService, type KommuneServiceProps } from '#infra/service';
import { assemblyDir, unacknowledgedFindings } from './app-fixture.ts';

/** A municipality's own CDK app with the service in it, checked by cdk-nag as in the repository's app. */
function municipalityApp(props: Partial<KommuneServiceProps> = {}) {
  const app = new App({ outdir: assemblyDir('test'), context: { 'aws:cdk:bundling-stacks': [] } });
  const service = new KommuneService(app, 'Tilbakemelding', {
    region: 'eu-north-1',
    sites: [{ id: 'vik', name: 'Vik kommune', origins: ['https://www.vik.kommune.no'] }],
    ...props,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, service, api: () => Template.fromStack(service.api) };
}

describe('the KommuneService construct', () => {
  it('synthesises from minimal props into two stacks that pass cdk-nag', () => {
    const { app, service } = municipalityApp();
    const { error, findings } = unacknowledgedFindings(app);
    expect(findings).toEqual([]);
    expect(error).toBeUndefined();
    expect([service.stateful.stackName, service.api.stackName]).toEqual([
      'KommuneService-Stateful',
      'KommuneService-Api',
    ]);
    expect(service.config.sites[0]).toMatchObject({ languages: ['nb', 'nn', 'en'], chatRetentionDays: 21 });
  });

  it('uses an external issuer for the staff routes instead of a user pool', () => {
    const { service, api } = municipalityApp({
      staffIssuer: {
        issuer: 'https://login.microsoftonline.com/tenant/v2.0',
        audience: ['client-1'],
        grantsClaim: 'roles',
      },
    });
    expect(service.stateful.staffUsers).toBeUndefined();
    // The dashboard reads the roles from the claim the issuer puts them in.
    expect(service.api.staffSignIn.dashboardConfig).toMatchObject({
      clientId: 'client-1',
      grantsClaim: 'roles',
    });
    api().hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: 'https://login.microsoftonline.com/tenant/v2.0', Audience: ['client-1'] },
    });
    expect(Template.fromStack(service.stateful).findResources('AWS::Cognito::UserPool')).toEqual({});
  });

  it('makes a user pool without an external issuer', () => {
    const { service } = municipalityApp({ staffDomainPrefix: 'vik-staff' });
    const stateful = Template.fromStack(service.stateful);
    stateful.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'vik-staff' });
    // docs/deploy.md adds the first staff user to the pool this output names.
    expect(Object.keys(stateful.findOutputs('StaffUserPoolId'))).toEqual(['StaffUserPoolId']);
    expect(service.api.staffSignIn.dashboardConfig.grantsClaim).toBe('cognito:groups');
  });

  it('has an errors alarm for every function and job, sent to the alarm e-mail', () => {
    const { api } = municipalityApp({ alarmEmail: 'drift@vik.kommune.no' });
    const errors = Object.values(api().findResources('AWS::CloudWatch::Alarm')).filter(
      (alarm) => alarm.Properties.MetricName === 'Errors',
    );
    expect(errors).toHaveLength(Object.keys(FUNCTIONS).length + Object.keys(JOBS).length);
    api().hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'drift@vik.kommune.no',
    });
  });

  it('gives every function the memory and every log group the retention asked for', () => {
    const { api } = municipalityApp({
      memorySize: 512,
      logRetention: RetentionDays.TWO_WEEKS,
      stackPrefix: 'Vik',
    });
    const ours = new Set([...Object.values(FUNCTIONS), ...Object.values(JOBS)].map((d) => d.description));
    const functions = Object.values(api().findResources('AWS::Lambda::Function')).filter((fn) =>
      ours.has(fn.Properties.Description),
    );
    expect(functions.length).toBe(Object.keys(FUNCTIONS).length + Object.keys(JOBS).length);
    for (const fn of functions) expect(fn.Properties.MemorySize).toBe(512);
    for (const group of Object.values(api().findResources('AWS::Logs::LogGroup'))) {
      expect(group.Properties.RetentionInDays).toBe(14);
    }
  });

  it.each([
    ['a region outside the EU/EEA', { region: 'us-east-1' }, /EU\/EEA/],
    [
      'a chat retention over 21 days',
      { sites: [{ id: 'vik', name: 'Vik', origins: ['https://vik.no'], chatRetentionDays: 30 }] },
      /sites/,
    ],
    ['no site', { sites: [] }, /sites/],
    ['a comment retention of 0 days', { commentRetentionDays: 0 }, /commentRetentionDays/],
    [
      'an issuer without audience',
      { staffIssuer: { issuer: 'https://id.example.no', audience: [] } },
      /audience/,
    ],
    ['memory Lambda cannot give', { memorySize: 100 }, /memorySize/],
    ['a log retention CloudWatch does not have', { logRetention: 10 as RetentionDays }, /logRetention/],
    ['an alarm address that is not one', { alarmEmail: 'drift' }, /alarmEmail/],
  ])('refuses %s before anything is synthesised', (_, props, message) => {
    expect(() => municipalityApp(props as Partial<KommuneServiceProps>)).toThrow(message);
  });
});
