import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type CfnElement, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { buildWebAssets } from '../web/build.ts';

/** What goes out to the cloud: the dashboard and the widget bundles, never the demo site. */
export const isPublishedAsset = (path: string) =>
  path.startsWith('/dashboard/') ? path !== '/dashboard/config.json' : /^\/[\w-]+\.js$/.test(path);

/**
 * A CloudFront Function: `/dashboard/` is the object `dashboard/index.html`; `/` leads to the
 * dashboard, and `/dashboard` to `/dashboard/` with its query (as the local server does).
 */
export const INDEX_PAGES_CODE = `function handler(event) {
  var request = event.request;
  if (request.uri === '/') {
    return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: '/dashboard/' } } };
  }
  if (request.uri === '/dashboard') {
    var query = [];
    var params = request.querystring || {};
    for (var name in params) {
      var values = params[name].multiValue || [params[name]];
      for (var i = 0; i < values.length; i++) query.push(name + '=' + values[i].value);
    }
    var location = '/dashboard/' + (query.length ? '?' + query.join('&') : '');
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: location } } };
  }
  if (request.uri.endsWith('/')) request.uri += 'index.html';
  return request;
}`;

/** The reasons for the cdk-nag findings this construct accepts. */
const DASHBOARD_SITE_ACKNOWLEDGEMENTS = {
  'AwsSolutions-S1':
    'The bucket holds only the public build of the dashboard and the widgets, replaced whole on every deploy; requests are visible at the distribution, and server access logs would add a log bucket with nothing personal to protect.',
  'AwsSolutions-CFR1':
    'The widgets serve visitors of Norwegian municipal sites wherever they are (also abroad); geo restriction would lock out citizens travelling.',
  'AwsSolutions-CFR2':
    'WAF is an account-level choice of the municipality (a web ACL can be attached later); the API behind the distribution is throttled per stage and validates every request.',
  'AwsSolutions-CFR3':
    'CloudFront standard logs would store every visitor IP address, which the service promises not to store.',
  'AwsSolutions-CFR4':
    'Without a custom domain the distribution uses the cloudfront.net certificate, whose security policy CloudFront fixes at TLSv1 (browsers negotiate TLS 1.3 or 1.2; docs/deploy.md); a municipality adding its own domain and certificate sets TLSv1.2_2021 with it.',
} as const;

/** CDK's BucketDeployment function copies the files at deploy time; it is CDK's code, not ours. */
const UPLOADER_ACKNOWLEDGEMENTS = {
  managedRole:
    "CDK's deployment helper uses the AWS managed basic execution role for its own logs; it runs only during a deploy and handles no visitor data.",
  runtime:
    "The runtime of CDK's deployment helper is chosen and updated by aws-cdk-lib, which pins the Python version its code is tested with.",
  actions:
    "CDK's deployment helper copies the build into the dashboard bucket and removes what the new build no longer has; CDK grants it these S3 action groups",
  staging:
    "CDK's deployment helper reads the zipped build from CDK's own staging bucket of this account and region, under keys only known at deploy time.",
  files:
    "CDK's deployment helper replaces every object of the dashboard bucket, which holds nothing but the build it uploads.",
  invalidation:
    "CDK's deployment helper invalidates the distribution's cache after an upload; CloudFront's CreateInvalidation takes no resource-level permission.",
} as const;

export interface DashboardSiteProps {
  httpApi: HttpApi;
  /** The AWS WAF web ACL (scope CLOUDFRONT, in us-east-1) in front of everything it serves. */
  webAclArn?: string | undefined;
}

/**
 * The dashboard and the widgets as static files in a private bucket behind CloudFront, with
 * the API as a second origin under `/v1/*`: the dashboard calls its API on its own origin, so
 * no CORS is needed for staff, and the widgets' default API is where they were loaded from.
 */
export class DashboardSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly deployment: BucketDeployment;

  constructor(scope: Construct, id: string, props: DashboardSiteProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.bucket = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Only build output: nothing is lost with it.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    const apiDomain = `${props.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Staff dashboard, widgets and the API on one origin',
      ...(props.webAclArn && { webAclId: props.webAclArn }),
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, 'IndexPages', {
              comment: 'Serves dir/index.html for dir/ as the local server does, and / as /dashboard/',
              code: FunctionCode.fromInline(INDEX_PAGES_CODE),
            }),
          },
        ],
      },
      additionalBehaviors: {
        '/v1/*': {
          origin: new HttpOrigin(apiDomain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Every API answer is per request (no-store); the Host header must stay API Gateway's.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
      },
    });
    for (const [rule, reason] of Object.entries(DASHBOARD_SITE_ACKNOWLEDGEMENTS)) {
      Validations.of(this).acknowledge({ id: rule, reason });
    }

    this.deployment = new BucketDeployment(this, 'Deploy', {
      destinationBucket: this.bucket,
      sources: [Source.asset(stageAssets())],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 256,
    });
    // The upload runs in CDK's own singleton function, once per deploy, outside any request.
    const uploader = this.deployment.handlerRole.node.scope;
    if (uploader) {
      const files = stack.resolve(stack.getLogicalId(this.bucket.node.defaultChild as CfnElement));
      // As cdk-nag prints it: the partition is a literal once the stack's region is known.
      const partition = Token.isUnresolved(stack.partition) ? '<AWS::Partition>' : stack.partition;
      const stagingBucket = `arn:${partition}:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*`;
      const findings: [string, string][] = [
        [
          'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          UPLOADER_ACKNOWLEDGEMENTS.managedRole,
        ],
        ['AwsSolutions-L1', UPLOADER_ACKNOWLEDGEMENTS.runtime],
        ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map(
          (action): [string, string] => [
            `AwsSolutions-IAM5[Action::${action}]`,
            `${UPLOADER_ACKNOWLEDGEMENTS.actions} (${action})`,
          ],
        ),
        [`AwsSolutions-IAM5[Resource::${stagingBucket}]`, UPLOADER_ACKNOWLEDGEMENTS.staging],
        [`AwsSolutions-IAM5[Resource::<${files}.Arn>/*]`, UPLOADER_ACKNOWLEDGEMENTS.files],
        ['AwsSolutions-IAM5[Resource::*]', UPLOADER_ACKNOWLEDGEMENTS.invalidation],
      ];
      for (const [id, reason] of findings) Validations.of(uploader).acknowledge({ id, reason });
    }
  }

  /** Adds the dashboard's settings (sign-in issuer, client) as `/dashboard/config.json`. */
  addConfig(config: Record<string, unknown>): void {
    this.deployment.addSource(Source.jsonData('dashboard/config.json', config));
  }

  get url(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}

/** Writes the published assets to a fresh directory for the deployment's asset. */
function stageAssets(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-site-'));
  for (const [path, asset] of buildWebAssets()) {
    if (!isPublishedAsset(path) || path.endsWith('/')) continue;
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, asset.body);
  }
  return dir;
}
