import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ACCESS_LOG_RETENTION, API_THROTTLE, PUBLIC_ROUTES, parseRouteKey } from '#infra/api-stack';
import { INDEX_PAGES_CODE } from '#infra/dashboard-site';
import { FUNCTIONS, type FunctionDefinition, type FunctionId } from '#infra/functions';
import { logicalId, synthesizeApp } from './app-fixture.ts';

const ROUTES = (Object.entries(FUNCTIONS) as [FunctionId, FunctionDefinition][]).flatMap(
  ([functionId, definition]) =>
    definition.routes.map((routeKey) => ({ functionId, routeKey, staff: definition.staff === true })),
);
const PUBLIC = ROUTES.filter((route) => !route.staff);
const STAFF = ROUTES.filter((route) => route.staff);

describe('ApiStack', () => {
  // Prepare: one synthesis of the real app for the whole file.
  const { api, apiTemplate: template } = synthesizeApp();
  const resources = template.toJSON().Resources;
  const ofType = (type: string) =>
    Object.entries(resources as Record<string, { Type: string; Properties: Record<string, unknown> }>).filter(
      ([, resource]) => resource.Type === type,
    );
  const api_ = api;
  const authorizerId = () => {
    const authorizers = ofType('AWS::ApiGatewayV2::Authorizer');
    expect(authorizers).toHaveLength(1);
    return authorizers[0]?.[0] ?? '';
  };
  const stage = () => {
    const stages = ofType('AWS::ApiGatewayV2::Stage');
    expect(stages).toHaveLength(1);
    return stages[0]?.[1].Properties as Record<string, unknown>;
  };

  it('creates one HTTP API without the built-in CORS', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.absent(),
    });
  });

  it('has exactly the routes of the function definitions', () => {
    const routeKeys = ofType('AWS::ApiGatewayV2::Route').map(([, route]) => route.Properties.RouteKey);

    expect(routeKeys.sort()).toEqual(ROUTES.map((route) => route.routeKey).sort());
  });

  it.each([
    ['postFeedback', 'POST /v1/sites/{siteId}/feedback'],
    ['startConversation', 'POST /v1/sites/{siteId}/conversations'],
    ['postMessage', 'POST /v1/sites/{siteId}/conversations/{id}/messages'],
    ['exportConversation', 'GET /v1/sites/{siteId}/conversations/{id}'],
    ['forgetConversation', 'DELETE /v1/sites/{siteId}/conversations/{id}'],
    ['preflight', 'OPTIONS /v1/sites/{siteId}/{proxy+}'],
  ] as const)('serves the contract route of %s: %s', (functionId, routeKey) => {
    expect(ROUTES).toContainEqual({ functionId, routeKey, staff: false });
  });

  it('states a reason for no public route that does not exist', () => {
    expect(Object.keys(PUBLIC_ROUTES).sort()).toEqual(PUBLIC.map((route) => route.routeKey).sort());
  });

  it.each(ROUTES)('sends $routeKey to $functionId with payload format 2.0', ({ functionId, routeKey }) => {
    const [, route] =
      ofType('AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === routeKey) ?? [];
    const integrationId = JSON.stringify(route?.Properties.Target).match(/"Ref":"([^"]+)"/)?.[1] ?? '';
    const integration = resources[integrationId];

    expect(integration?.Properties).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [logicalId(api.functions[functionId].function), 'Arn'] },
    });
  });

  it.each(ROUTES)('lets API Gateway invoke $functionId for $routeKey', ({ functionId, routeKey }) => {
    const { path } = parseRouteKey(routeKey);
    const permissions = ofType('AWS::Lambda::Permission').map(([, permission]) => permission.Properties);
    const forFunction = permissions.filter(
      (permission) =>
        JSON.stringify(permission.FunctionName) ===
        JSON.stringify({ 'Fn::GetAtt': [logicalId(api.functions[functionId].function), 'Arn'] }),
    );

    expect(forFunction.length).toBeGreaterThan(0);
    expect(forFunction.every((permission) => permission.Principal === 'apigateway.amazonaws.com')).toBe(true);
    // The permission is scoped to the route's path, not to the whole API.
    const sourceArns = forFunction.map((permission) => JSON.stringify(permission.SourceArn));
    expect(sourceArns.some((arn) => arn.includes(path))).toBe(true);
  });

  it.each(PUBLIC)('leaves $routeKey public only with a stated reason', ({ routeKey }) => {
    const [, route] =
      ofType('AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === routeKey) ?? [];

    expect(route?.Properties.AuthorizationType).toBe('NONE');
    expect(PUBLIC_ROUTES[routeKey]?.length ?? 0).toBeGreaterThan(60);
  });

  it('serves the contract’s staff routes', () => {
    expect(STAFF.map((route) => route.routeKey).sort()).toEqual(
      [
        'GET /v1/sites/{siteId}/stats/feedback',
        'GET /v1/sites/{siteId}/stats/chat',
        'GET /v1/sites/{siteId}/stats/masking',
        'GET /v1/sites/{siteId}/feedback/comments',
        'GET /v1/sites/{siteId}/billing',
        'GET /v1/sites/{siteId}/transcripts',
        'GET /v1/sites/{siteId}/transcripts/{id}',
        'GET /v1/sites/{siteId}/transcripts/unanswered',
        'GET /v1/sites/{siteId}/audit',
      ].sort(),
    );
  });

  it.each(STAFF)('puts the staff JWT authorizer in front of $routeKey', ({ routeKey }) => {
    const [, route] =
      ofType('AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === routeKey) ?? [];

    expect(route?.Properties.AuthorizationType).toBe('JWT');
    expect(route?.Properties.AuthorizerId).toEqual({ Ref: authorizerId() });
    expect(PUBLIC_ROUTES[routeKey]).toBeUndefined();
  });

  it('accepts only tokens of the staff user pool, for the dashboard’s client, from the Authorization header', () => {
    const authorizer = resources[authorizerId()]?.Properties as Record<string, unknown>;
    const client = ofType('AWS::Cognito::UserPoolClient');

    expect(authorizer).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
    // The issuer is the staff user pool's provider URL (https://cognito-idp.<region>.amazonaws.com/<id>).
    expect(JSON.stringify((authorizer.JwtConfiguration as { Issuer: unknown }).Issuer)).toMatch(
      /StaffUsersPool\w*ProviderURL/,
    );
    expect(client).toHaveLength(1);
    expect((authorizer.JwtConfiguration as { Audience: unknown[] }).Audience).toEqual([
      { Ref: client[0]?.[0] },
    ]);
    expect(client[0]?.[1].Properties).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      AllowedOAuthFlowsUserPoolClient: true,
    });
  });

  it('tells the staff functions which claim holds the grants, and no public function', () => {
    for (const { functionId, staff } of ROUTES) {
      const variables = resources[logicalId(api.functions[functionId].function)]?.Properties.Environment
        .Variables as Record<string, unknown>;
      expect(variables.STAFF_GRANTS_CLAIM, functionId).toBe(staff ? 'cognito:groups' : undefined);
    }
  });

  it('serves the dashboard and widgets from a private bucket, with the API under /v1/* on the same origin', () => {
    const [, distribution] = ofType('AWS::CloudFront::Distribution')[0] ?? [];
    const config = distribution?.Properties.DistributionConfig as {
      DefaultCacheBehavior: { ViewerProtocolPolicy: string };
      CacheBehaviors: { PathPattern: string; AllowedMethods: string[]; TargetOriginId: string }[];
      Origins: { Id: string; DomainName: unknown; S3OriginConfig?: unknown }[];
    };
    const api = config.CacheBehaviors.find((behavior) => behavior.PathPattern === '/v1/*');
    const apiOrigin = config.Origins.find((origin) => origin.Id === api?.TargetOriginId);

    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(api?.AllowedMethods).toContain('DELETE');
    expect(JSON.stringify(apiOrigin?.DomainName)).toContain(logicalId(api_.httpApi));
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
  });

  it('serves dir/index.html for dir/ and sends / to the dashboard (the CloudFront function)', () => {
    const handler = new Function(`${INDEX_PAGES_CODE}; return handler;`)() as (event: unknown) => {
      uri?: string;
      statusCode?: number;
      headers?: { location: { value: string } };
    };
    const request = (uri: string) => ({ request: { uri, headers: {} } });

    expect(handler(request('/dashboard/')).uri).toBe('/dashboard/index.html');
    expect(handler(request('/widget.js')).uri).toBe('/widget.js');
    expect(handler(request('/'))).toMatchObject({
      statusCode: 302,
      headers: { location: { value: '/dashboard/' } },
    });
    expect(JSON.stringify(ofType('AWS::CloudFront::Function'))).toContain('index.html');
  });

  it('deploys the staff routes’ sign-in settings as the dashboard’s config.json', () => {
    const deployments = ofType('Custom::CDKBucketDeployment');
    const [client] = ofType('AWS::Cognito::UserPoolClient');
    // Source.jsonData fills the deploy-time values in at deploy time, from these markers.
    const markers = JSON.stringify(deployments[0]?.[1].Properties.SourceMarkers);

    expect(deployments).toHaveLength(1);
    expect(markers).toContain(`{"Ref":"${client?.[0]}"}`);
    expect(markers).toMatch(/StaffUsersPool\w*ProviderURL/);
  });

  it('deploys the $default stage automatically with throttling', () => {
    expect(stage()).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: API_THROTTLE.rateLimit,
        ThrottlingBurstLimit: API_THROTTLE.burstLimit,
      },
    });
    expect(API_THROTTLE.rateLimit).toBeGreaterThan(0);
    expect(API_THROTTLE.burstLimit).toBeGreaterThanOrEqual(API_THROTTLE.rateLimit);
  });

  it('writes JSON access logs without IP address or user agent', () => {
    const { Format } = stage().AccessLogSettings as { Format: string };
    const fields = JSON.parse(Format) as Record<string, string>;

    expect(fields).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
      responseLength: '$context.responseLength',
      integrationLatency: '$context.integrationLatency',
      requestTime: '$context.requestTime',
    });
    expect(Format).not.toMatch(/sourceIp|identity|userAgent|\$context\.path/i);
  });

  it('sends access logs to a log group with retention', () => {
    const { DestinationArn } = stage().AccessLogSettings as { DestinationArn: unknown };
    const logGroupId = (DestinationArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];

    expect(resources[logGroupId]?.Type).toBe('AWS::Logs::LogGroup');
    expect(resources[logGroupId]?.Properties.RetentionInDays).toBe(ACCESS_LOG_RETENTION);
  });

  it('outputs the API URL', () => {
    template.hasOutput('ApiUrl', {
      Value: { 'Fn::Join': ['', Match.arrayWith(['https://', { Ref: logicalId(api.httpApi) }])] },
    });
  });
});

describe('parseRouteKey', () => {
  it('splits a route key into method and path', () => {
    expect(parseRouteKey('POST /v1/sites/{siteId}/feedback')).toEqual({
      method: 'POST',
      path: '/v1/sites/{siteId}/feedback',
    });
  });

  it.each(['post /v1/x', 'POST', 'FETCH /v1/x', 'GET v1/x', 'GET /v1/x extra'])('rejects %j', (routeKey) => {
    expect(() => parseRouteKey(routeKey)).toThrow(/Invalid route key/);
  });
});
