import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { LAMBDA_NODE_TARGET, lambdaBuildOptions } from './bundling.ts';
import type { TableAccess } from './functions.ts';
import type { TableDefinition } from './tables.ts';

/** The project root: entries, package-lock.json and tsconfig.json are resolved from here. */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** How long a function may run unless its definition says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 10;

/** Memory of a function unless the deployment says otherwise (the cost model's figure). */
export const DEFAULT_MEMORY_MB = 256;

const FUNCTION_DEFAULTS = {
  runtime: Runtime.NODEJS_24_X,
  architecture: Architecture.ARM_64,
  timeout: Duration.seconds(DEFAULT_TIMEOUT_SECONDS),
  memorySize: DEFAULT_MEMORY_MB,
  logRetention: RetentionDays.ONE_MONTH,
} as const;

/**
 * The esbuild settings of infra/bundling.ts (shared with the bench) in NodejsFunction's terms.
 * The AWS SDK is bundled so that the deployed SDK is the one we tested, not the runtime's.
 */
export const BUNDLING: BundlingOptions = {
  format: lambdaBuildOptions.format === 'esm' ? OutputFormat.ESM : OutputFormat.CJS,
  target: LAMBDA_NODE_TARGET,
  minify: lambdaBuildOptions.minify === true,
  sourceMap: Boolean(lambdaBuildOptions.sourcemap),
  mainFields: lambdaBuildOptions.mainFields,
  banner: lambdaBuildOptions.banner?.js,
  externalModules: lambdaBuildOptions.external ?? [],
  bundleAwsSDK: true,
  esbuildArgs: {
    '--legal-comments': lambdaBuildOptions.legalComments ?? 'none',
    ...Object.fromEntries(
      Object.entries(lambdaBuildOptions.alias ?? {}).map(([name, path]) => [`--alias:${name}`, path]),
    ),
  },
};

/** A table together with its definition, so that a binding knows its environment variable. */
export interface DefinedTable {
  readonly table: Table;
  readonly definition: TableDefinition;
}

export interface BindTableOptions {
  table: DefinedTable;
  access: TableAccess;
}

/**
 * The DynamoDB actions behind each access level: what the handlers call and nothing more.
 * No Scan anywhere, as no request path or job may read a whole table; ConditionCheckItem and
 * DescribeTable are not used either.
 */
const TABLE_ACTIONS: Record<TableAccess, readonly string[]> = {
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
  write: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
  readwrite: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
  ],
};

export interface BindSecretOptions {
  secret: ISecret;
  /** The variable that receives the secret's ARN (never its value). */
  envVar: string;
}

export interface LambdaFunctionProps {
  /** Source file relative to the project root, exporting `handler`. */
  entry: string;
  description: string;
  /** Settings every function of the service receives (sites, retention). */
  environment: Record<string, string>;
  /** Instead of the default 10 s. */
  timeoutSeconds?: number | undefined;
  /** Instead of the default 256 MB. */
  memorySize?: number | undefined;
  /** Instead of the default one month. */
  logRetention?: RetentionDays | undefined;
  /** Instances kept for this function alone (and its ceiling). */
  reservedConcurrency?: number | undefined;
}

/**
 * The one way this project makes a Lambda function (after Powertools'
 * function-with-logstream construct): Node 24 on arm64, its own log group with retention,
 * a role that may only write to that log group until tables (or secrets) are bound to it, and ESM
 * bundling with the AWS SDK inside. No NODE_OPTIONS=--enable-source-maps: source maps are
 * off, and the flag has made error paths and cold starts much slower where it was measured.
 */
export class LambdaFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;
  readonly #bound = new Set<string>();

  constructor(scope: Construct, id: string, props: LambdaFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? FUNCTION_DEFAULTS.logRetention,
      // Logs are diagnostics with a short retention, not records: they go with the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role instead of AWSLambdaBasicExecutionRole, whose grant covers every log
    // group in the account: this one may write to its own log group and nothing else.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${id}: writes its own logs and the tables bound to it`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(PROJECT_ROOT, props.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: FUNCTION_DEFAULTS.runtime,
      architecture: FUNCTION_DEFAULTS.architecture,
      timeout: props.timeoutSeconds ? Duration.seconds(props.timeoutSeconds) : FUNCTION_DEFAULTS.timeout,
      memorySize: props.memorySize ?? FUNCTION_DEFAULTS.memorySize,
      ...(props.reservedConcurrency !== undefined && {
        reservedConcurrentExecutions: props.reservedConcurrency,
      }),
      role: this.role,
      logGroup: this.logGroup,
      environment: props.environment,
      bundling: BUNDLING,
    });
  }

  /**
   * Gives the function the secret's ARN in `envVar` and the right to read its value: the
   * function fetches it on its first request, so the value never sits in the environment.
   */
  bindSecret({ secret, envVar }: BindSecretOptions): void {
    if (this.#bound.has(envVar)) throw new Error(`${this.node.path} already has ${envVar}`);
    this.#bound.add(envVar);
    this.function.addEnvironment(envVar, secret.secretArn);
    secret.grantRead(this.function);
  }

  /** Gives the function the table's name in its environment variable and exactly `access` to it. */
  bindTable({ table: { table, definition }, access }: BindTableOptions): void {
    if (this.#bound.has(definition.envVar)) {
      throw new Error(`${this.node.path} is already bound to the ${definition.id} table`);
    }
    this.#bound.add(definition.envVar);
    this.function.addEnvironment(definition.envVar, table.tableName);
    // An explicit statement instead of table.grant*(), which also allows Scan, DescribeTable
    // and ConditionCheckItem, and every index (`index/*`) once a table has one.
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...TABLE_ACTIONS[access]], resources: [table.tableArn] }),
    );
  }
}
