import { describe, expect, it } from 'vitest';
import { logicalId, synthesizeApp } from './app-fixture.ts';

/**
 * What docs/deletion.md says of the deployment, checked on the synthesized templates: nothing
 * keeps a copy of a conversation beyond the chat table, whose items TTL and «Glem meg» delete.
 */
describe('deletion really deletes, in the deployment', () => {
  const { stateful, statefulTemplate, apiTemplate } = synthesizeApp();
  const resources = { ...statefulTemplate.toJSON().Resources, ...apiTemplate.toJSON().Resources } as Record<
    string,
    { Type: string; Properties?: Record<string, unknown> }
  >;
  const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type);
  const chatTable = resources[logicalId(stateful.tables.chat.table)];

  it('keeps the chat table without point-in-time recovery and with TTL on expiresAt', () => {
    expect(chatTable?.Properties?.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: false,
    });
    expect(chatTable?.Properties?.TimeToLiveSpecification).toEqual({
      AttributeName: 'expiresAt',
      Enabled: true,
    });
  });

  it('streams no table anywhere and makes no backups', () => {
    for (const table of ofType('AWS::DynamoDB::Table'))
      expect(table.Properties?.StreamSpecification).toBeUndefined();
    expect(ofType('AWS::DynamoDB::GlobalTable')).toEqual([]);
    expect(Object.values(resources).filter((r) => r.Type.startsWith('AWS::Backup::'))).toEqual([]);
    expect(ofType('AWS::Lambda::EventSourceMapping')).toEqual([]);
  });

  it('writes no path, query, body, IP or User-Agent to the API access log', () => {
    const [stage] = ofType('AWS::ApiGatewayV2::Stage');
    const format = String((stage?.Properties?.AccessLogSettings as { Format?: string })?.Format);

    expect(format).toContain('$context.routeKey');
    for (const variable of ['path', 'querystring', 'sourceIp', 'userAgent', 'requestOverride', 'body']) {
      expect(format).not.toContain(variable);
    }
  });

  it('caches no API answer at the edge', () => {
    const [distribution] = ofType('AWS::CloudFront::Distribution');
    const config = distribution?.Properties?.DistributionConfig as {
      CacheBehaviors?: { PathPattern: string; CachePolicyId: string }[];
    };
    const api = config.CacheBehaviors?.find((behavior) => behavior.PathPattern === '/v1/*');

    // The managed CachingDisabled policy.
    expect(api?.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
  });
});
