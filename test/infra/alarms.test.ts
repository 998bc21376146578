import { readFileSync } from 'node:fs';
import { Match } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { MIN_REQUESTS_FOR_RATE, RUNBOOKS, SERVER_ERROR_RATE } from '#infra/alarms';
import { FUNCTIONS, JOBS } from '#infra/functions';
import { TABLES } from '#infra/tables';
import { logicalId, synthesizeApp } from './app-fixture.ts';

type Alarm = { Properties: Record<string, unknown> };

/** GitHub's anchor of a Markdown heading: lower case, spaces to hyphens, punctuation dropped. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

describe('the alarms', () => {
  const service = synthesizeApp();
  const alarms = Object.values(service.apiTemplate.findResources('AWS::CloudWatch::Alarm')) as Alarm[];
  const topic = logicalId(service.api.alarms.topic);
  const byMetric = (metricName: string, dimension: string, value: string) =>
    alarms.filter(
      (alarm) =>
        alarm.Properties.MetricName === metricName &&
        JSON.stringify(alarm.Properties.Dimensions).includes(`"${dimension}"`) &&
        JSON.stringify(alarm.Properties.Dimensions).includes(value),
    );

  it.each([...Object.keys(FUNCTIONS), ...Object.keys(JOBS)])('watch errors and throttles of %s', (id) => {
    const functions: Record<string, IConstruct> = {
      ...Object.fromEntries(Object.entries(service.api.functions).map(([fid, fn]) => [fid, fn.function])),
      ...Object.fromEntries(Object.entries(service.api.jobs).map(([jid, job]) => [jid, job.fn.function])),
    };
    const fn = logicalId(functions[id] as IConstruct);
    expect(byMetric('Errors', 'FunctionName', fn)).toHaveLength(1);
    expect(byMetric('Throttles', 'FunctionName', fn)).toHaveLength(1);
  });

  it.each(Object.keys(JOBS))('tell when the schedule could not start %s', (id) => {
    const rule = logicalId(
      (service.api.jobs as Record<string, { rule: IConstruct }>)[id]?.rule as IConstruct,
    );
    expect(byMetric('FailedInvocations', 'RuleName', rule)).toHaveLength(1);
  });

  it('watch the share of 5xx answers, from 20 requests on', () => {
    const rate = alarms.filter((alarm) => JSON.stringify(alarm.Properties.Metrics ?? '').includes('5xx'));
    expect(rate).toHaveLength(1);
    expect(MIN_REQUESTS_FOR_RATE).toBe(20);
    expect(JSON.stringify(rate[0]?.Properties.Metrics)).toContain(
      `IF(requests >= ${MIN_REQUESTS_FOR_RATE}, errors / requests, 0)`,
    );
    expect(rate[0]?.Properties.Threshold).toBe(SERVER_ERROR_RATE);
  });

  it('watch throttled requests on every table', () => {
    for (const id of Object.keys(TABLES)) {
      const table = logicalId(service.stateful.tables[id as keyof typeof TABLES].table);
      const watched = alarms.filter((alarm) => {
        const metrics = JSON.stringify(alarm.Properties.Metrics ?? '');
        return metrics.includes('ThrottledRequests') && metrics.includes(table);
      });
      expect(watched, id).toHaveLength(1);
    }
  });

  it('all go to the SNS topic, when they fire and when they clear, and stay quiet without data', () => {
    expect(alarms.length).toBeGreaterThan(2 * Object.keys(FUNCTIONS).length);
    for (const alarm of alarms) {
      expect(alarm.Properties).toMatchObject({
        AlarmActions: [{ Ref: topic }],
        OKActions: [{ Ref: topic }],
        TreatMissingData: 'notBreaching',
      });
    }
    service.apiTemplate.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: Match.objectLike({
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      }),
    });
  });

  it('each point to a section of the runbook that exists', () => {
    const runbook = readFileSync(new URL('../../docs/operations.md', import.meta.url), 'utf8');
    const sections = new Set(
      runbook
        .split('\n')
        .filter((line) => line.startsWith('#'))
        .map((line) => anchor(line.replace(/^#+/, ''))),
    );
    for (const section of RUNBOOKS) expect(sections, section).toContain(section);
    for (const alarm of alarms) {
      const section = /docs\/operations\.md#([a-z0-9-]+)/.exec(
        String(alarm.Properties.AlarmDescription),
      )?.[1];
      expect(RUNBOOKS).toContain(section);
    }
  });

  it('send e-mail to the address the context gives, and to no one without it', () => {
    expect(service.apiTemplate.findResources('AWS::SNS::Subscription')).toEqual({});
    const withEmail = synthesizeApp({ context: { alarmEmail: 'drift@kommune.example' } });
    withEmail.apiTemplate.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'drift@kommune.example',
      TopicArn: { Ref: logicalId(withEmail.api.alarms.topic) },
    });
  });

  it('refuse an alarm address that is not an e-mail address', () => {
    expect(() => synthesizeApp({ context: { alarmEmail: 'not an address' } })).toThrow(/alarmEmail/);
  });
});
