import { Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { TABLE_LIST } from '#infra/tables';
import { logicalId, synthesizeApp } from './app-fixture.ts';

describe('StatefulStack', () => {
  // Prepare: one synthesis for the whole file.
  const { stateful, statefulTemplate: template } = synthesizeApp();
  const tableResource = (id: string) => {
    const table = stateful.tables[id as keyof typeof stateful.tables].table;
    const resource = template.toJSON().Resources[logicalId(table)];
    expect(resource, `table ${id}`).toBeDefined();
    return resource;
  };

  it('creates exactly one table per table definition', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', TABLE_LIST.length);
    expect(Object.keys(stateful.tables).sort()).toEqual(TABLE_LIST.map((definition) => definition.id).sort());
  });

  it.each(TABLE_LIST)('gives the $id table string pk/sk keys and on-demand billing', (definition) => {
    const { Properties } = tableResource(definition.id);

    expect(Properties.KeySchema).toEqual([
      { AttributeName: definition.partitionKey, KeyType: 'HASH' },
      { AttributeName: definition.sortKey, KeyType: 'RANGE' },
    ]);
    expect(Properties.AttributeDefinitions).toEqual([
      { AttributeName: definition.partitionKey, AttributeType: 'S' },
      { AttributeName: definition.sortKey, AttributeType: 'S' },
    ]);
    expect(Properties.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it.each(TABLE_LIST)(
    'sets TTL on the $id table only when the definition names an attribute',
    (definition) => {
      const { Properties } = tableResource(definition.id);

      if (definition.ttlAttribute) {
        expect(Properties.TimeToLiveSpecification).toEqual({
          AttributeName: definition.ttlAttribute,
          Enabled: true,
        });
      } else {
        expect(Properties.TimeToLiveSpecification).toBeUndefined();
      }
    },
  );

  it.each(TABLE_LIST)('turns point-in-time recovery of the $id table on or off as defined', (definition) => {
    const { Properties } = tableResource(definition.id);

    expect(Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: definition.pointInTimeRecovery,
    });
  });

  it.each(TABLE_LIST)('retains the $id table on deletion and replacement and protects it', (definition) => {
    const resource = tableResource(definition.id);

    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
    expect(resource.Properties.DeletionProtectionEnabled).toBe(true);
    expect(resource.Properties.SSESpecification).toEqual({ SSEEnabled: true });
  });

  it('lets CloudFormation name every table', () => {
    template.allResourcesProperties('AWS::DynamoDB::Table', { TableName: Match.absent() });
  });

  it.each(TABLE_LIST)(
    'acknowledges the missing recovery of the $id table only when it is off, with its reason',
    (definition) => {
      const table = stateful.tables[definition.id as keyof typeof stateful.tables].table;
      const acknowledged = table.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .map((entry) => entry.data as Record<string, string>);

      if (definition.pointInTimeRecovery) {
        expect(acknowledged).toEqual([]);
      } else {
        expect(acknowledged).toEqual([{ 'Annotation::AwsSolutions-DDB3': definition.noRecoveryReason }]);
      }
    },
  );
});
