import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  EDGE_LIMITS,
  RESERVED_CONCURRENCY,
  ROUTE_THROTTLES,
  TABLE_MAX_REQUEST_UNITS,
} from '#infra/capacity-limits';
import { FUNCTIONS, JOBS } from '#infra/functions';
import { TABLES } from '#infra/tables';
import { logicalId, synthesizeApp } from './app-fixture.ts';

type Rule = {
  Name: string;
  Action?: { Block?: { CustomResponse?: { ResponseCode: number } } };
  OverrideAction?: { Count?: object; None?: object };
  Statement: {
    RateBasedStatement?: {
      Limit: number;
      EvaluationWindowSec: number;
      AggregateKeyType: string;
      ScopeDownStatement: unknown;
    };
    ManagedRuleGroupStatement?: { Name: string; VendorName: string };
  };
  VisibilityConfig: { SampledRequestsEnabled: boolean };
};

describe('the edge in front of the public API', () => {
  const service = synthesizeApp();
  const edge = service.service.edge;
  if (!edge) throw new Error('the app has no edge stack');
  const edgeTemplate = Template.fromStack(edge);
  const acl = Object.values(edgeTemplate.findResources('AWS::WAFv2::WebACL'))[0]?.Properties as {
    Scope: string;
    Rules: Rule[];
    DefaultAction: unknown;
  };
  const rule = (name: string) => acl.Rules.find((candidate) => candidate.Name === name);

  it('is a CloudFront web ACL in us-east-1, where CloudFront looks for it', () => {
    expect(edge.region).toBe('us-east-1');
    expect(acl.Scope).toBe('CLOUDFRONT');
    expect(acl.DefaultAction).toEqual({ Allow: {} });
  });

  it('limits every client IP on the public routes, and tighter on new votes and conversations', () => {
    expect(rule('public-per-ip')?.Statement.RateBasedStatement).toMatchObject({
      Limit: EDGE_LIMITS.publicPerIp,
      EvaluationWindowSec: 300,
      AggregateKeyType: 'IP',
    });
    const writes = rule('writes-per-ip')?.Statement.RateBasedStatement;
    expect(writes).toMatchObject({ Limit: EDGE_LIMITS.writesPerIp, AggregateKeyType: 'IP' });
    expect(EDGE_LIMITS.writesPerIp).toBeLessThan(EDGE_LIMITS.publicPerIp);
    const scope = JSON.stringify(writes?.ScopeDownStatement);
    expect(scope).toContain('(feedback|conversations)$');
    expect(scope).toContain('"SearchString":"POST"');
    expect(rule('public-per-ip')?.Action).toEqual({ Block: { CustomResponse: { ResponseCode: 429 } } });
  });

  it('gives every site a ceiling of its own, so that one site flooded cannot starve another', () => {
    for (const site of service.config.sites) {
      const ceiling = rule(`site-${site.id}`)?.Statement.RateBasedStatement;
      expect(ceiling, site.id).toMatchObject({ Limit: EDGE_LIMITS.perSite, AggregateKeyType: 'CONSTANT' });
      const scope = ceiling?.ScopeDownStatement as
        | { RegexMatchStatement?: { RegexString: string } }
        | undefined;
      const regex = new RegExp(scope?.RegexMatchStatement?.RegexString ?? '^$');
      expect(regex.test(`/v1/sites/${site.id}/feedback`)).toBe(true);
      expect(
        regex.test(
          `/v1/sites/${site.id}/conversations/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}/messages`,
        ),
      ).toBe(true);
      // Its staff keep the dashboard while a flood of its visitors is cut off; other sites are not counted.
      expect(regex.test(`/v1/sites/${site.id}/stats/chat`)).toBe(false);
      expect(regex.test(`/v1/sites/${site.id}x/feedback`)).toBe(false);
    }
  });

  it('runs the AWS managed rule groups in count mode first, and blocks with them when told', () => {
    for (const name of ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet']) {
      expect(rule(name)?.OverrideAction).toEqual({ Count: {} });
      expect(rule(name)?.Statement.ManagedRuleGroupStatement).toEqual({ Name: name, VendorName: 'AWS' });
    }
    const blocking = synthesizeApp({ context: { wafManagedRules: 'block' } }).service.edge;
    const rules = (Object.values(Template.fromStack(blocking as never).findResources('AWS::WAFv2::WebACL'))[0]
      ?.Properties.Rules ?? []) as Rule[];
    expect(rules.find((r) => r.Name === 'AWSManagedRulesCommonRuleSet')?.OverrideAction).toEqual({
      None: {},
    });
  });

  it('keeps no sampled requests and writes no WAF log: the client IP is WAF’s alone', () => {
    for (const each of acl.Rules) expect(each.VisibilityConfig.SampledRequestsEnabled).toBe(false);
    expect(edgeTemplate.findResources('AWS::WAFv2::LoggingConfiguration')).toEqual({});
  });

  it('is associated with the distribution that serves the widgets, the dashboard and /v1/*', () => {
    const distribution = Object.values(service.apiTemplate.findResources('AWS::CloudFront::Distribution'))[0]
      ?.Properties.DistributionConfig as { WebACLId?: unknown; CacheBehaviors: { PathPattern: string }[] };
    expect(distribution.WebACLId).toBeDefined();
    expect(JSON.stringify(distribution.WebACLId)).toContain(logicalId(edge.webAcl).slice(0, 6));
    expect(distribution.CacheBehaviors.map((b) => b.PathPattern)).toContain('/v1/*');
  });

  it('alarms on what WAF blocks, on its own topic in us-east-1', () => {
    edgeTemplate.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'BlockedRequests',
      Namespace: 'AWS/WAFV2',
      Threshold: EDGE_LIMITS.blockedAlarm,
    });
  });

  it('can be left out', () => {
    const without = synthesizeApp({ context: { edge: 'false' } });
    expect(without.service.edge).toBeUndefined();
    const distribution = Object.values(without.apiTemplate.findResources('AWS::CloudFront::Distribution'))[0]
      ?.Properties.DistributionConfig as { WebACLId?: unknown };
    expect(distribution.WebACLId).toBeUndefined();
  });
});

describe('fair shares and limits', () => {
  const service = synthesizeApp();
  const stage = Object.values(service.apiTemplate.findResources('AWS::ApiGatewayV2::Stage'))[0]
    ?.Properties as {
    RouteSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }>;
  };

  it('throttles each public route as the capacity plan sizes it, and every route has a throttle', () => {
    for (const [routeKey, { rateLimit, burstLimit }] of Object.entries(ROUTE_THROTTLES)) {
      expect(stage.RouteSettings[routeKey], routeKey).toEqual({
        ThrottlingRateLimit: rateLimit,
        ThrottlingBurstLimit: burstLimit,
      });
    }
    const routes = Object.values(FUNCTIONS).flatMap((definition) => definition.routes);
    expect(Object.keys(stage.RouteSettings).sort()).toEqual([...routes].sort());
  });

  it('keeps Lambda concurrency for the hourly job and every staff function, so a flood cannot starve them', () => {
    for (const [id, definition] of Object.entries(FUNCTIONS)) {
      const fn =
        service.apiTemplate.toJSON().Resources[
          logicalId(service.api.functions[id as keyof typeof FUNCTIONS].function)
        ];
      const expected = 'staff' in definition && definition.staff ? RESERVED_CONCURRENCY.staff : undefined;
      expect(fn.Properties.ReservedConcurrentExecutions, id).toBe(expected);
    }
    for (const id of Object.keys(JOBS)) {
      const fn =
        service.apiTemplate.toJSON().Resources[
          logicalId(service.api.jobs[id as keyof typeof JOBS].fn.function)
        ];
      expect(fn.Properties.ReservedConcurrentExecutions, id).toBe(RESERVED_CONCURRENCY.job);
    }
    const unreserved = synthesizeApp({ context: { reserveConcurrency: 'false' } });
    const functions = Object.values(unreserved.apiTemplate.findResources('AWS::Lambda::Function'));
    for (const fn of functions) expect(fn.Properties.ReservedConcurrentExecutions).toBeUndefined();
  });

  it('caps every table on demand, as a guard against what a flood could cost', () => {
    for (const id of Object.keys(TABLES)) {
      const table =
        service.statefulTemplate.toJSON().Resources[
          logicalId(service.stateful.tables[id as keyof typeof TABLES].table)
        ];
      expect(table.Properties.OnDemandThroughput, id).toEqual({
        MaxReadRequestUnits: TABLE_MAX_REQUEST_UNITS.read,
        MaxWriteRequestUnits: TABLE_MAX_REQUEST_UNITS.write,
      });
    }
  });
});
