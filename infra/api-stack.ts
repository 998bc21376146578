import {
  CfnOutput,
  CrossStackReferences,
  ReferenceStrength,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  HttpApi,
  HttpMethod,
  type HttpRoute,
  HttpStage,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { ServiceAlarms } from './alarms.ts';
import { DEFAULT_ROUTE_THROTTLE, RESERVED_CONCURRENCY, ROUTE_THROTTLES } from './capacity-limits.ts';
import { DashboardSite } from './dashboard-site.ts';
import {
  FUNCTIONS,
  type FunctionDefinition,
  type FunctionId,
  JOBS,
  type JobDefinition,
  type JobId,
  type LambdaDefinition,
  type TableAccess,
} from './functions.ts';
import { type DefinedTable, LambdaFunction } from './lambda-function.ts';
import { type StaffIssuer, StaffSignIn } from './staff-sign-in.ts';
import type { TableId } from './tables.ts';

/**
 * The stage's default throttle, which API Gateway applies to each route without one of its own.
 * Every route has its own (ROUTE_THROTTLES, sized from the capacity plan), so this is the
 * fallback for a route added without one; the capacity plan holds the whole API against it.
 */
export const API_THROTTLE = { rateLimit: 100, burstLimit: 200 } as const;

export const ACCESS_LOG_RETENTION = RetentionDays.ONE_MONTH;

/**
 * What API Gateway writes per request. Deliberately without `$context.identity.sourceIp`
 * and `$context.identity.userAgent`: the service promises not to store IP addresses, and
 * access logs are storage too.
 */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
} as const;

/** The variable through which a `tokenKey` function finds the token key (shared/config.ts reads it). */
export const TOKEN_SECRET_ENV = 'TOKEN_SECRET_ARN';

export interface ApiStackProps extends StackProps {
  tables: Readonly<Record<TableId, DefinedTable>>;
  /** The key for visitors' conversation tokens: only functions with `tokenKey: true` may read it. */
  tokenSecret: ISecret;
  /** Settings every function receives (SITES_JSON, COMMENT_RETENTION_DAYS). */
  functionEnvironment: Record<string, string>;
  /** Who signs staff in; the staff routes accept only its tokens. */
  staffIssuer: StaffIssuer;
  /** The sites the dashboard offers (id and name). */
  sites: readonly { id: string; name: string }[];
  /** Who receives the alarms by e-mail (docs/operations.md); without it, subscribe to the topic later. */
  alarmEmail?: string | undefined;
  /** Memory of every function in MB (default 256). */
  memorySize?: number | undefined;
  /** How long the functions' and the API's logs are kept (default one month). */
  logRetention?: RetentionDays | undefined;
  /** The edge's web ACL for the distribution (EdgeStack, us-east-1). */
  webAclArn?: string | undefined;
  /** Keep Lambda concurrency for the job and the staff functions (RESERVED_CONCURRENCY); off for accounts whose limit is still 10. */
  reserveConcurrency?: boolean | undefined;
}

/** The public HTTP API, its functions and the scheduled jobs: stateless, replaceable without losing data. */
export class ApiStack extends Stack {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly functions: Readonly<Record<FunctionId, LambdaFunction>>;
  readonly jobs: Readonly<Record<JobId, { fn: LambdaFunction; rule: Rule }>>;
  readonly dashboard: DashboardSite;
  readonly staffSignIn: StaffSignIn;
  readonly alarms: ServiceAlarms;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    // Strong references (exports and imports) to the tables: CloudFormation then refuses to
    // remove or replace a table that a function still uses.
    CrossStackReferences.of(this).consume(ReferenceStrength.STRONG);

    // No built-in CORS: it would answer preflights for every origin alike. The functions
    // answer CORS per site, and OPTIONS routes go to the preflight function.
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Public API of the page feedback service',
      createDefaultStage: false,
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention ?? ACCESS_LOG_RETENTION,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      // The default of every route; the public routes have their own (ROUTE_THROTTLES).
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    for (const routeKey of Object.values(FUNCTIONS).flatMap((definition) => definition.routes)) {
      const { rateLimit, burstLimit } = ROUTE_THROTTLES[routeKey] ?? DEFAULT_ROUTE_THROTTLE;
      routeSettings[routeKey] = { ThrottlingRateLimit: rateLimit, ThrottlingBurstLimit: burstLimit };
    }
    (this.stage.node.defaultChild as CfnStage).routeSettings = routeSettings;

    this.dashboard = new DashboardSite(this, 'Dashboard', {
      httpApi: this.httpApi,
      webAclArn: props.webAclArn,
    });
    this.staffSignIn = new StaffSignIn(this, 'StaffSignIn', {
      issuer: props.staffIssuer,
      dashboardUrl: `${this.dashboard.url}/dashboard/`,
    });
    this.dashboard.addConfig({
      sites: props.sites.map(({ id, name }) => ({ id, name })),
      auth: { mode: 'oidc', ...this.staffSignIn.dashboardConfig },
    });

    const functions: Partial<Record<FunctionId, LambdaFunction>> = {};
    for (const [functionId, definition] of Object.entries(FUNCTIONS) as [FunctionId, FunctionDefinition][]) {
      functions[functionId] = this.#function(functionId, definition, props);
    }
    this.functions = functions as Record<FunctionId, LambdaFunction>;

    const jobs: Partial<Record<JobId, { fn: LambdaFunction; rule: Rule }>> = {};
    for (const [jobId, definition] of Object.entries(JOBS) as [JobId, JobDefinition][]) {
      const fn = this.#lambda(jobId, definition, props);
      const rule = new Rule(this, `${constructId(jobId)}Schedule`, {
        description: definition.description,
        schedule: Schedule.expression(definition.schedule),
      });
      rule.addTarget(new LambdaTarget(fn.function, { retryAttempts: 2 }));
      jobs[jobId] = { fn, rule };
    }
    this.jobs = jobs as Record<JobId, { fn: LambdaFunction; rule: Rule }>;

    this.alarms = new ServiceAlarms(this, 'Alarms', {
      httpApi: this.httpApi,
      functions: Object.fromEntries(Object.entries(this.functions).map(([fid, fn]) => [fid, fn.function])),
      jobs: Object.fromEntries(
        Object.entries(this.jobs).map(([jid, job]) => [jid, { fn: job.fn.function, rule: job.rule }]),
      ),
      tables: props.tables,
      alarmEmail: props.alarmEmail,
      accessLogs,
    });
    new CfnOutput(this, 'AlarmTopic', {
      value: this.alarms.topic.topicArn,
      description: 'SNS topic of the alarms',
    });

    new CfnOutput(this, 'ApiUrl', { value: this.stage.url, description: 'Base URL of the public API' });
    new CfnOutput(this, 'DashboardUrl', {
      value: `${this.dashboard.url}/dashboard/`,
      description: 'The staff dashboard; the widgets are at /widget.js next to it, the API under /v1/',
    });
  }

  /** A function with exactly the tables (and the token key) its definition names. */
  #lambda(id: string, definition: LambdaDefinition, props: ApiStackProps): LambdaFunction {
    const fn = new LambdaFunction(this, constructId(id), {
      entry: definition.entry,
      description: definition.description,
      environment: props.functionEnvironment,
      timeoutSeconds: definition.timeoutSeconds,
      memorySize: props.memorySize,
      logRetention: props.logRetention,
      reservedConcurrency: props.reserveConcurrency === false ? undefined : reservedFor(definition),
    });
    for (const [tableId, access] of Object.entries(definition.tables) as [TableId, TableAccess][]) {
      fn.bindTable({ table: props.tables[tableId], access });
    }
    if (definition.tokenKey) fn.bindSecret({ secret: props.tokenSecret, envVar: TOKEN_SECRET_ENV });
    return fn;
  }

  #function(functionId: FunctionId, definition: FunctionDefinition, props: ApiStackProps): LambdaFunction {
    const fn = this.#lambda(functionId, definition, props);
    if (definition.staff) fn.function.addEnvironment('STAFF_GRANTS_CLAIM', props.staffIssuer.grantsClaim);

    const integration = new HttpLambdaIntegration(`${constructId(functionId)}Integration`, fn.function, {
      payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
    });
    for (const routeKey of definition.routes) {
      const { method, path } = parseRouteKey(routeKey);
      const authorizer = definition.staff ? this.staffSignIn.authorizer : undefined;
      for (const route of this.httpApi.addRoutes({ path, methods: [method], integration, authorizer })) {
        if (!authorizer) acknowledgePublicRoute(route, routeKey);
      }
    }
    return fn;
  }
}

/**
 * The routes that are public by design, each with why it has no authorizer (reported to
 * cdk-nag as the acknowledgement of AwsSolutions-APIG4). A route missing here gets no
 * acknowledgement, so `cdk synth` fails until it has an authorizer (the staff routes have the
 * JWT authorizer) or a reason of its own.
 */
export const PUBLIC_ROUTES: Readonly<Record<string, string>> = {
  'POST /v1/sites/{siteId}/feedback':
    'Anonymous page feedback from any visitor of the municipality site, so there is no identity to ' +
    "authorize; the function accepts only the site's own origins and page URLs and validated bodies, " +
    'and the stage is throttled.',
  'POST /v1/sites/{siteId}/conversations':
    'Starts an anonymous chat: visitors have no accounts, so there is no identity to authorize. The ' +
    'function accepts only configured sites and their origins and a validated body, stores no IP ' +
    'address, and answers with a fresh 256-bit token that alone owns the conversation; the stage is throttled.',
  'POST /v1/sites/{siteId}/conversations/{id}/messages':
    'A visitor posts to their own conversation without an account: ownership is the 256-bit bearer ' +
    'token from the start, checked in the function against its keyed hash in constant time; a wrong ' +
    'or missing token gets the same 404 as an unknown conversation, and the stage is throttled.',
  'GET /v1/sites/{siteId}/conversations/{id}':
    "The visitor's own copy of their conversation (right of access and portability) for someone " +
    "without an account: the function demands the conversation's 256-bit bearer token and answers " +
    'every failure with one and the same 404, so ids cannot be probed; the stage is throttled.',
  'DELETE /v1/sites/{siteId}/conversations/{id}':
    '"Glem meg" (erasure) for an anonymous visitor: only the holder of the conversation\'s 256-bit ' +
    'bearer token, checked by the function, can delete it; unknown ids and wrong tokens get the same ' +
    '404, nothing is written on a rejection, and the stage is throttled.',
  'OPTIONS /v1/sites/{siteId}/{proxy+}':
    'CORS preflight: browsers send it without credentials, so it cannot carry authorization; the ' +
    "function answers only the site's own origins and reads no data.",
};

function acknowledgePublicRoute(route: HttpRoute, routeKey: string): void {
  const reason = PUBLIC_ROUTES[routeKey];
  if (reason) Validations.of(route).acknowledge({ id: 'AwsSolutions-APIG4', reason });
}

/** `POST /v1/sites/{siteId}/feedback` → method and path, as HttpApi.addRoutes takes them. */
export function parseRouteKey(routeKey: string): { method: HttpMethod; path: string } {
  const match = /^([A-Z]+) (\/\S*)$/.exec(routeKey);
  const method = match?.[1];
  const path = match?.[2];
  if (!method || !path || !Object.values<string>(HttpMethod).includes(method)) {
    throw new Error(`Invalid route key: ${routeKey}`);
  }
  return { method: method as HttpMethod, path };
}

/** The concurrency kept for a function a flood must not starve: the jobs and the staff routes. */
function reservedFor(definition: LambdaDefinition): number | undefined {
  if ('schedule' in definition) return RESERVED_CONCURRENCY.job;
  if ('staff' in definition && definition.staff) return RESERVED_CONCURRENCY.staff;
  return undefined;
}

/** `postFeedback` → `PostFeedback`. */
function constructId(id: string): string {
  return `${id.charAt(0).toUpperCase()}${id.slice(1)}`;
}
