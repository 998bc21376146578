import { Duration, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation } from 'aws-cdk-lib/aws-dynamodb';
import type { Rule } from 'aws-cdk-lib/aws-events';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { DefinedTable } from './lambda-function.ts';

/** The sections of docs/operations.md that say what each alarm means and what to do. */
export const RUNBOOKS = [
  'api-5xx-rate',
  'function-errors',
  'function-throttled',
  'table-throttled',
  'job-failed',
  'job-not-started',
  'api-throttled',
  'waf-blocked',
] as const;
type Runbook = (typeof RUNBOOKS)[number];

/** The DynamoDB operations the service sends (an alarm's math may hold at most 10 metrics). */
const USED_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

/** The window every alarm looks at: short enough to wake someone while visitors still notice. */
export const ALARM_PERIOD = Duration.minutes(5);

/**
 * The share of 5xx answers that raises the alarm. The service answers 503 on purpose while
 * DynamoDB is unavailable, so a few are expected in a blip; a steady 1 % is an outage.
 */
export const SERVER_ERROR_RATE = 0.01;
/** Fewer requests than this in a period say nothing about a rate (one 503 of 3 is not an outage). */
export const MIN_REQUESTS_FOR_RATE = 20;

export interface ServiceAlarmsProps {
  httpApi: HttpApi;
  /** The functions behind the API, by id. */
  functions: Readonly<Record<string, IFunction>>;
  /** The scheduled jobs: their function and the EventBridge rule that runs it. */
  jobs: Readonly<Record<string, { fn: IFunction; rule: Rule }>>;
  tables: Readonly<Record<string, DefinedTable>>;
  /** Where the alarms are sent; without it they go to the topic only (subscribe later). */
  alarmEmail?: string | undefined;
  /** The API's access log: its 429 answers (the route throttles) are counted from it. */
  accessLogs: ILogGroup;
}

/** Answers refused by the route throttles in a period that raise the alarm. */
const THROTTLED_ALARM = 50;

/**
 * An SNS topic for alarms, over TLS only, mailed to `alarmEmail` when one is given. Left
 * unencrypted (cdk-nag's SNS2, acknowledged with `unencryptedBecause`): CloudWatch cannot
 * publish to a topic under the AWS managed key, and alarms carry no personal data.
 */
export function alarmTopic(
  scope: Construct,
  id: string,
  props: { displayName: string; alarmEmail?: string | undefined; unencryptedBecause: string },
): Topic {
  const topic = new Topic(scope, id, { displayName: props.displayName, enforceSSL: true });
  Validations.of(topic).acknowledge({ id: 'AwsSolutions-SNS2', reason: props.unencryptedBecause });
  if (props.alarmEmail) topic.addSubscription(new EmailSubscription(props.alarmEmail));
  return topic;
}

/**
 * CloudWatch alarms on what an operator must act on, each described in docs/operations.md
 * under its name, all sent to one SNS topic: the API's 5xx rate, every function's errors and
 * throttles, the tables' throttled requests, and the hourly job's failures.
 */
export class ServiceAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly #action: SnsAction;

  constructor(scope: Construct, id: string, props: ServiceAlarmsProps) {
    super(scope, id);
    this.topic = alarmTopic(this, 'Topic', {
      displayName: 'Kommune feedback and chat: alarms',
      alarmEmail: props.alarmEmail,
      unencryptedBecause:
        'The topic carries only alarm names and metric values, never personal data, and CloudWatch ' +
        'cannot publish to a topic encrypted with the AWS managed key; a customer managed key would ' +
        'add cost and a key policy for no data worth protecting.',
    });
    this.#action = new SnsAction(this.topic);

    this.#serverErrorRate(props.httpApi);
    this.#throttled(props.accessLogs);
    for (const [name, fn] of Object.entries(props.functions)) this.#functionAlarms(name, fn);
    for (const [name, { fn, rule }] of Object.entries(props.jobs)) {
      this.#functionAlarms(name, fn, true);
      this.#alarm(`${name}-schedule-failed`, {
        description: `EventBridge could not start the scheduled job ${name}: it did not run.`,
        metric: new Metric({
          namespace: 'AWS/Events',
          metricName: 'FailedInvocations',
          dimensionsMap: { RuleName: rule.ruleName },
          statistic: 'Sum',
          period: ALARM_PERIOD,
        }),
        threshold: 1,
        runbook: 'job-not-started',
      });
    }
    for (const [name, { table }] of Object.entries(props.tables)) {
      this.#alarm(`${name}-table-throttled`, {
        description: `DynamoDB refused requests to the ${name} table (throttling): visitors got 503.`,
        metric: table.metricThrottledRequestsForOperations({
          operations: USED_OPERATIONS,
          period: ALARM_PERIOD,
        }),
        threshold: 1,
        runbook: 'table-throttled',
      });
    }
  }

  #serverErrorRate(httpApi: HttpApi) {
    const requests = httpApi.metricCount({ period: ALARM_PERIOD, statistic: 'Sum' });
    const errors = httpApi.metricServerError({ period: ALARM_PERIOD, statistic: 'Sum' });
    this.#alarm('api-5xx-rate', {
      description:
        `More than ${SERVER_ERROR_RATE * 100} % of the API's answers were 5xx over ${ALARM_PERIOD.toMinutes()} minutes ` +
        `(counted from ${MIN_REQUESTS_FOR_RATE} requests on).`,
      metric: new MathExpression({
        expression: `IF(requests >= ${MIN_REQUESTS_FOR_RATE}, errors / requests, 0)`,
        usingMetrics: { requests, errors },
        period: ALARM_PERIOD,
        label: '5xx share',
      }),
      threshold: SERVER_ERROR_RATE,
      comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      runbook: 'api-5xx-rate',
    });
  }

  /** HTTP API has no throttle metric of its own: its access log's 429 answers are counted instead. */
  #throttled(accessLogs: ILogGroup) {
    const filter = new MetricFilter(this, 'Throttled', {
      logGroup: accessLogs,
      filterPattern: FilterPattern.stringValue('$.status', '=', '429'),
      metricNamespace: 'KommuneService',
      metricName: 'ThrottledRequests',
      metricValue: '1',
      defaultValue: 0,
    });
    this.#alarm('api-throttled', {
      description: `The API's route throttles refused more than ${THROTTLED_ALARM} requests in ${ALARM_PERIOD.toMinutes()} minutes (429).`,
      metric: filter.metric({ period: ALARM_PERIOD, statistic: 'Sum' }),
      threshold: THROTTLED_ALARM,
      comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      runbook: 'api-throttled',
    });
  }

  #functionAlarms(name: string, fn: IFunction, job = false) {
    this.#alarm(`${name}-errors`, {
      description: `The function ${name} failed (an uncaught error or a timeout).`,
      metric: fn.metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' }),
      threshold: 1,
      runbook: job ? 'job-failed' : 'function-errors',
    });
    this.#alarm(`${name}-throttles`, {
      description: `Lambda refused to run ${name} (concurrency limit reached).`,
      metric: fn.metricThrottles({ period: ALARM_PERIOD, statistic: 'Sum' }),
      threshold: 1,
      runbook: 'function-throttled',
    });
  }

  #alarm(
    name: string,
    options: {
      description: string;
      metric: IMetric;
      threshold: number;
      /** Its section in docs/operations.md. */
      runbook: Runbook;
      comparison?: ComparisonOperator;
    },
  ) {
    const alarm = new Alarm(this, name, {
      alarmDescription: `${options.description} What to do: docs/operations.md#${options.runbook}`,
      metric: options.metric,
      threshold: options.threshold,
      evaluationPeriods: 1,
      comparisonOperator: options.comparison ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No requests, no errors: quiet is not an alarm.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.#action);
    alarm.addOkAction(this.#action);
    this.alarms.push(alarm);
  }
}
