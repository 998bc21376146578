import { Stack, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { ALARM_PERIOD, alarmTopic } from './alarms.ts';
import { EDGE_LIMITS } from './capacity-limits.ts';

/**
 * CloudFront's web ACLs live in us-east-1 whichever region the service runs in. The stack holds
 * rules and counts only: WAF sees the client IP to count it, and nothing of the service's stores
 * it (no WAF logging, no sampled requests).
 */
export const EDGE_REGION = 'us-east-1';

/** How the AWS managed rule groups act: `count` first, to see what they would block; then `block`. */
export type ManagedRulesMode = 'count' | 'block';

export interface EdgeStackProps extends StackProps {
  /** The sites, one per-site ceiling each. */
  siteIds: readonly string[];
  managedRules: ManagedRulesMode;
  /** The web ACL's name, unique in the account (its metrics are named by it). */
  webAclName: string;
  /** Who receives the WAF alarms (the same address as the service's alarms). */
  alarmEmail?: string | undefined;
}

const MANAGED_GROUPS = ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'] as const;

/** The paths of the public routes: everything under a site but the staff routes (JWT-checked). */
const PUBLIC_ROUTES_OF = (site: string) =>
  `^/v1/sites/${site}/(feedback|conversations(/[0-9a-f-]{36}(/messages)?)?)$`;
const PUBLIC_PATH = PUBLIC_ROUTES_OF('[a-z0-9-]{2,40}');
/** Where a flood is most expensive: a new vote, a new conversation. */
const WRITE_PATH = '^/v1/sites/[a-z0-9-]{2,40}/(feedback|conversations)$';

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  metricName,
  cloudWatchMetricsEnabled: true,
  // Sampled requests would keep visitors' IP addresses and headers in WAF for three hours.
  sampledRequestsEnabled: false,
});

/**
 * The edge in front of the public API: an AWS WAF web ACL for the CloudFront distribution that
 * serves the widgets, the dashboard and `/v1/*`, with rate limits per client IP, tighter ones on
 * the writes that create records, a ceiling per site so that one site's flood cannot starve
 * another's, and AWS's managed rule groups; alarms on what it blocks.
 */
export class EdgeStack extends Stack {
  readonly webAcl: CfnWebACL;
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const limits = EDGE_LIMITS;
    const rules: CfnWebACL.RuleProperty[] = [
      rateRule('public-per-ip', 10, limits.publicPerIp, { aggregateKeyType: 'IP', path: PUBLIC_PATH }),
      rateRule('writes-per-ip', 20, limits.writesPerIp, {
        aggregateKeyType: 'IP',
        path: WRITE_PATH,
        method: 'POST',
      }),
      ...props.siteIds.map((siteId, index) =>
        rateRule(`site-${siteId}`, 100 + index, limits.perSite, {
          aggregateKeyType: 'CONSTANT',
          // The public routes only: the site's staff keep the dashboard while its visitors' flood is cut.
          path: PUBLIC_ROUTES_OF(siteId),
        }),
      ),
      ...MANAGED_GROUPS.map(
        (name, index): CfnWebACL.RuleProperty => ({
          name,
          priority: 1000 + index,
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
          overrideAction: props.managedRules === 'count' ? { count: {} } : { none: {} },
          visibilityConfig: visibility(name),
        }),
      ),
    ];
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: props.webAclName,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      description: 'Kommune feedback and chat: rate limits per IP and per site, AWS managed rules',
      rules,
      visibilityConfig: visibility(props.webAclName),
    });

    this.topic = alarmTopic(this, 'Alarms', {
      displayName: 'Kommune feedback and chat: edge alarms',
      alarmEmail: props.alarmEmail,
      unencryptedBecause:
        'The edge topic only says that WAF blocked requests, with counts; CloudWatch cannot publish to ' +
        'a topic under the AWS managed key, and this region holds no data of the service at all.',
    });
    const blocked = new Alarm(this, 'Blocked', {
      alarmDescription:
        `WAF blocked more than ${limits.blockedAlarm} requests in ${ALARM_PERIOD.toMinutes()} minutes (a flood, or a rule ` +
        'that blocks real visitors). What to do: docs/operations.md#waf-blocked',
      metric: new Metric({
        namespace: 'AWS/WAFV2',
        metricName: 'BlockedRequests',
        dimensionsMap: { WebACL: props.webAclName, Rule: 'ALL' },
        statistic: 'Sum',
      }).with({ period: ALARM_PERIOD }),
      threshold: limits.blockedAlarm,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    blocked.addAlarmAction(new SnsAction(this.topic));
    blocked.addOkAction(new SnsAction(this.topic));
  }
}

function rateRule(
  name: string,
  priority: number,
  limit: number,
  options: { aggregateKeyType: 'IP' | 'CONSTANT'; path: string; method?: string },
): CfnWebACL.RuleProperty {
  const pathMatch: CfnWebACL.StatementProperty = {
    regexMatchStatement: {
      fieldToMatch: { uriPath: {} },
      regexString: options.path,
      textTransformations: [{ priority: 0, type: 'NONE' }],
    },
  };
  const scopeDownStatement: CfnWebACL.StatementProperty = options.method
    ? {
        andStatement: {
          statements: [
            pathMatch,
            {
              byteMatchStatement: {
                fieldToMatch: { method: {} },
                positionalConstraint: 'EXACTLY',
                searchString: options.method,
                textTransformations: [{ priority: 0, type: 'NONE' }],
              },
            },
          ],
        },
      }
    : pathMatch;
  return {
    name,
    priority,
    action: { block: { customResponse: { responseCode: 429 } } },
    statement: {
      rateBasedStatement: {
        limit,
        evaluationWindowSec: 300,
        aggregateKeyType: options.aggregateKeyType,
        scopeDownStatement,
      },
    },
    visibilityConfig: visibility(name),
  };
}
