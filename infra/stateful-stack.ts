import { RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import type { DefinedTable } from './lambda-function.ts';
import { TABLE_LIST, type TableDefinition, type TableId } from './tables.ts';

/**
 * Everything that holds data, in its own stack so that the stateless stacks can be replaced
 * freely. One table per entry of TABLE_LIST; CloudFormation names them.
 */
export class StatefulStack extends Stack {
  /** Every table with its definition, by TableId. */
  readonly tables: Readonly<Record<TableId, DefinedTable>>;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const tables: Partial<Record<TableId, DefinedTable>> = {};
    for (const definition of TABLE_LIST) {
      tables[definition.id as TableId] = { definition, table: this.#table(definition) };
    }
    this.tables = tables as Record<TableId, DefinedTable>;
  }

  #table(definition: TableDefinition): Table {
    const table = new Table(this, tableConstructId(definition), {
      partitionKey: { name: definition.partitionKey, type: AttributeType.STRING },
      sortKey: { name: definition.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: definition.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: definition.pointInTimeRecovery },
      encryption: TableEncryption.AWS_MANAGED,
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
export function tableConstructId(definition: TableDefinition): string {
  return `${definition.id.charAt(0).toUpperCase()}${definition.id.slice(1)}Table`;
}
