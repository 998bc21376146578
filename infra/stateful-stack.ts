import { CfnOutput, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { DefinedTable } from './lambda-function.ts';
import { StaffUsers, type StaffUsersProps } from './staff-users.ts';
import { TABLE_LIST, type TableDefinition, type TableId } from './tables.ts';

/**
 * Length of the generated token key: alphanumeric (it survives any transport unescaped), and
 * well above the 32 characters shared/config.ts and the secrets adapter require.
 */
export const TOKEN_SECRET_LENGTH = 64;

/**
 * Why the token key is not rotated (reported to cdk-nag as the acknowledgement of
 * AwsSolutions-SMG4).
 */
export const TOKEN_SECRET_NO_ROTATION_REASON =
  "The key is the HMAC key for the hashes of visitors' conversation tokens. Rotating it would make " +
  "every open conversation's token stop matching, so visitors would lose access to download or " +
  'delete ("Glem meg") their own conversation during its life of at most 21 days. The key protects ' +
  'only hashes of short-lived random tokens, is readable only by the chat functions, and is never ' +
  'put in their environment.';

/**
 * Everything that holds data, in its own stack so that the stateless stacks can be replaced
 * freely. One table per entry of TABLE_LIST; CloudFormation names them. Also the key that
 * hashes visitors' conversation tokens: losing it would orphan every open conversation.
 */
export interface StatefulStackProps extends StackProps {
  /** Creates the staff user pool (the default sign-in) when given. */
  staffUsers?: StaffUsersProps | undefined;
  /** On-demand ceilings of every table, request units per second (a cost guard); none when undefined. */
  maxRequestUnits?: { read: number; write: number } | undefined;
}

export class StatefulStack extends Stack {
  /** Every table with its definition, by TableId. */
  readonly tables: Readonly<Record<TableId, DefinedTable>>;
  /** The HMAC key for conversation tokens, read by the functions with `tokenKey: true`. */
  readonly tokenSecret: Secret;
  /** The staff directory, unless the municipality signs staff in with its own issuer. */
  readonly staffUsers?: StaffUsers;
  readonly #maxRequestUnits: { read: number; write: number } | undefined;

  constructor(scope: Construct, id: string, props?: StatefulStackProps) {
    super(scope, id, props);
    this.#maxRequestUnits = props?.maxRequestUnits;
    const tables: Partial<Record<TableId, DefinedTable>> = {};
    for (const definition of TABLE_LIST) {
      tables[definition.id as TableId] = { definition, table: this.#table(definition) };
    }
    this.tables = tables as Record<TableId, DefinedTable>;
    this.tokenSecret = this.#tokenSecret();
    if (props?.staffUsers) {
      this.staffUsers = new StaffUsers(this, 'StaffUsers', props.staffUsers);
      // docs/deploy.md creates the first staff user in it.
      new CfnOutput(this, 'StaffUserPoolId', {
        value: this.staffUsers.userPool.userPoolId,
        description: 'The Cognito user pool of the staff (add users and their groups here)',
      });
    }
  }

  #tokenSecret(): Secret {
    const secret = new Secret(this, 'TokenSecret', {
      description:
        "HMAC key for the hashes of visitors' chat conversation tokens (the tokens are never stored)",
      // A plain string (no JSON template): the functions read SecretString as the key itself.
      generateSecretString: {
        passwordLength: TOKEN_SECRET_LENGTH,
        excludePunctuation: true,
        includeSpace: false,
      },
      // A new key would orphan every open conversation: keep it through stack deletion and replacement.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(secret).acknowledge({ id: 'AwsSolutions-SMG4', reason: TOKEN_SECRET_NO_ROTATION_REASON });
    return secret;
  }

  #table(definition: TableDefinition): Table {
    const table = new Table(this, tableConstructId(definition), {
      partitionKey: { name: definition.partitionKey, type: AttributeType.STRING },
      sortKey: { name: definition.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: definition.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: definition.pointInTimeRecovery },
      encryption: TableEncryption.AWS_MANAGED,
      ...(this.#maxRequestUnits && {
        maxReadRequestUnits: this.#maxRequestUnits.read,
        maxWriteRequestUnits: this.#maxRequestUnits.write,
      }),
      // Data outlives the stack: a stack deletion or replacement must never drop a table.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    if (!definition.pointInTimeRecovery) {
      if (!definition.noRecoveryReason) {
        throw new Error(`Table ${definition.id} has point-in-time recovery off without a noRecoveryReason`);
      }
      Validations.of(table).acknowledge({ id: 'AwsSolutions-DDB3', reason: definition.noRecoveryReason });
    }
    return table;
  }
}

/** `feedback` → `FeedbackTable`: a stable construct id, so the logical id never changes. */
function tableConstructId(definition: TableDefinition): string {
  return `${definition.id.charAt(0).toUpperCase()}${definition.id.slice(1)}Table`;
}
