import { Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { TOKEN_SECRET_LENGTH, TOKEN_SECRET_NO_ROTATION_REASON } from '#infra/stateful-stack';
import { TABLE_LIST, TABLES } from '#infra/tables';
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

  it('keeps the chat table only until its TTL, without point-in-time recovery, for its stated reason', () => {
    const { Properties } = tableResource('chat');
    const acknowledged = stateful.tables.chat.table.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .map((entry) => entry.data as Record<string, string>);

    expect(Properties.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
    expect(Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: false });
    expect(TABLES.chat.noRecoveryReason.length).toBeGreaterThan(60);
    expect(acknowledged).toEqual([{ 'Annotation::AwsSolutions-DDB3': TABLES.chat.noRecoveryReason }]);
  });

  it.each(['feedback', 'counters'] as const)('keeps point-in-time recovery on the %s table', (id) => {
    expect(tableResource(id).Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
  });

  describe('token key', () => {
    const secretResource = () => template.toJSON().Resources[logicalId(stateful.tokenSecret)];

    it('is one generated, alphanumeric secret string of at least 48 characters', () => {
      template.resourceCountIs('AWS::SecretsManager::Secret', 1);
      const { GenerateSecretString } = secretResource().Properties;

      expect(GenerateSecretString).toMatchObject({ ExcludePunctuation: true, IncludeSpace: false });
      expect(GenerateSecretString.PasswordLength).toBe(TOKEN_SECRET_LENGTH);
      expect(TOKEN_SECRET_LENGTH).toBeGreaterThanOrEqual(48);
      // A plain string, not JSON: the functions use SecretString itself as the key.
      expect(GenerateSecretString.SecretStringTemplate).toBeUndefined();
      expect(GenerateSecretString.GenerateStringKey).toBeUndefined();
      expect(secretResource().Properties.SecretString).toBeUndefined();
    });

    it('is retained on deletion and replacement', () => {
      expect(secretResource().DeletionPolicy).toBe('Retain');
      expect(secretResource().UpdateReplacePolicy).toBe('Retain');
    });

    it('is not rotated, for its stated reason', () => {
      template.resourceCountIs('AWS::SecretsManager::RotationSchedule', 0);
      const acknowledged = stateful.tokenSecret.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .map((entry) => entry.data as Record<string, string>);

      expect(acknowledged).toEqual([{ 'Annotation::AwsSolutions-SMG4': TOKEN_SECRET_NO_ROTATION_REASON }]);
    });
  });
});
