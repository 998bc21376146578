import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { describe, expect, it } from 'vitest';
import { TOKEN_SECRET_ENV } from '#infra/api-stack';
import {
  FUNCTIONS,
  type FunctionId,
  JOBS,
  type JobId,
  type LambdaDefinition,
  type TableAccess,
} from '#infra/functions';
import { LambdaFunction } from '#infra/lambda-function';
import { TABLES, type TableId } from '#infra/tables';
import { sitesSchema } from '#shared/sites';
import {
  actionsOf,
  actionsOnTable,
  assemblyDir,
  logicalId,
  type PolicyStatement,
  roleStatements,
  synthesizeApp,
} from './app-fixture.ts';

const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];
const SECRET_ACTIONS = ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'];
const FUNCTION_IDS = Object.keys(FUNCTIONS) as FunctionId[];
const TABLE_IDS = Object.keys(TABLES) as TableId[];
const JOB_IDS = Object.keys(JOBS) as JobId[];
/** Every Lambda function: those behind the API and the scheduled jobs. */
const LAMBDA_IDS: (FunctionId | JobId)[] = [...FUNCTION_IDS, ...JOB_IDS];
const definitionOf = (id: FunctionId | JobId): LambdaDefinition =>
  id in FUNCTIONS ? FUNCTIONS[id as FunctionId] : JOBS[id as JobId];
const needsTokenKey = (id: FunctionId | JobId) => definitionOf(id).tokenKey === true;
const TOKEN_KEY_FUNCTIONS = FUNCTION_IDS.filter(needsTokenKey);

describe('LambdaFunction', () => {
  // Prepare: one synthesis of the real app for the whole file.
  const { api, stateful, config, apiTemplate: template } = synthesizeApp();
  const resources = template.toJSON().Resources;
  const lambdaOf = (id: FunctionId | JobId) =>
    id in FUNCTIONS ? api.functions[id as FunctionId] : api.jobs[id as JobId].fn;
  const functionResource = (id: FunctionId | JobId) => resources[logicalId(lambdaOf(id).function)];
  const statementsOf = (id: FunctionId | JobId) => roleStatements(template, logicalId(lambdaOf(id).role));
  const tableLogicalId = (id: TableId) => logicalId(stateful.tables[id].table);
  const secretLogicalId = logicalId(stateful.tokenSecret);
  const secretStatements = (id: FunctionId | JobId) =>
    statementsOf(id).filter((statement) => actionsOf(statement).some((a) => a.startsWith('secretsmanager:')));

  it('creates one function per function and job definition, besides CDK’s deploy-time helpers', () => {
    // CDK's own helpers (bucket upload, auto-delete) have logical ids starting with Custom.
    const ours = Object.entries(template.findResources('AWS::Lambda::Function'))
      .filter(([id]) => !id.startsWith('Custom'))
      .map(([, fn]) => fn);

    expect(ours.map((fn) => fn.Properties.Description).sort()).toEqual(
      LAMBDA_IDS.map((id) => definitionOf(id).description).sort(),
    );
  });

  it.each(LAMBDA_IDS)('runs %s on nodejs24.x, arm64, 256 MB, with its handler and timeout', (id) => {
    const { Properties } = functionResource(id);

    expect(Properties.Runtime).toBe('nodejs24.x');
    expect(Properties.Architectures).toEqual(['arm64']);
    expect(Properties.MemorySize).toBe(256);
    expect(Properties.Timeout).toBe(definitionOf(id).timeoutSeconds ?? 10);
    expect(Properties.Handler).toBe('index.handler');
    expect(Properties.Description).toBe(definitionOf(id).description);
  });

  it('gives every function behind the API the 10 s default and the re-check job 5 minutes', () => {
    for (const id of FUNCTION_IDS) expect(functionResource(id).Properties.Timeout).toBe(10);
    expect(functionResource('anonymizeChat').Properties.Timeout).toBe(300);
  });

  it.each(LAMBDA_IDS)('logs %s to its own log group kept for 30 days', (id) => {
    const fn = lambdaOf(id);
    const logGroupId = logicalId(fn.logGroup);

    expect(functionResource(id).Properties.LoggingConfig).toEqual({ LogGroup: { Ref: logGroupId } });
    expect(resources[logGroupId].Properties.RetentionInDays).toBe(30);
    expect(resources[logGroupId].Properties.LogGroupName).toBeUndefined();
  });

  it.each(LAMBDA_IDS)('gives %s valid SITES_JSON and the comment retention', (id) => {
    const variables = functionResource(id).Properties.Environment.Variables;

    expect(sitesSchema.parse(JSON.parse(variables.SITES_JSON))).toEqual(config.sites);
    expect(variables.COMMENT_RETENTION_DAYS).toBe('365');
    expect(variables.NODE_OPTIONS).toBeUndefined();
  });

  it.each(LAMBDA_IDS)('gives %s the names of exactly the tables it is bound to', (id) => {
    const variables = functionResource(id).Properties.Environment.Variables;
    const bound = Object.keys(definitionOf(id).tables) as TableId[];

    const tableVariables = Object.keys(variables).filter((name) => name.startsWith('TABLE_'));
    expect(tableVariables.sort()).toEqual(bound.map((tableId) => TABLES[tableId].envVar).sort());
    for (const tableId of bound) {
      expect(JSON.stringify(variables[TABLES[tableId].envVar])).toContain(tableLogicalId(tableId));
    }
  });

  it.each(LAMBDA_IDS)('runs %s under its own role without managed policies', (id) => {
    const fn = lambdaOf(id);
    const role = resources[logicalId(fn.role)];

    expect(functionResource(id).Properties.Role).toEqual({ 'Fn::GetAtt': [logicalId(fn.role), 'Arn'] });
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
    ]);
  });

  it.each(LAMBDA_IDS)('lets %s write logs to its own log group only', (id) => {
    const logStatements = statementsOf(id).filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('logs:')),
    );

    expect(logStatements).toEqual([
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: { 'Fn::GetAtt': [logicalId(lambdaOf(id).logGroup), 'Arn'] },
      },
    ]);
  });

  it.each(LAMBDA_IDS)('grants %s only the table access its definition names', (id) => {
    const statements = statementsOf(id);
    const tables: Partial<Record<TableId, TableAccess>> = definitionOf(id).tables;

    for (const tableId of TABLE_IDS) {
      const actions = actionsOnTable(statements, tableLogicalId(tableId));
      const access = tables[tableId];
      const reads = access === 'read' || access === 'readwrite';
      const writes = access === 'write' || access === 'readwrite';
      for (const action of READ_ACTIONS) expect(actions.has(action), `${tableId} ${action}`).toBe(reads);
      for (const action of WRITE_ACTIONS) expect(actions.has(action), `${tableId} ${action}`).toBe(writes);
      if (!access) expect([...actions], `${tableId}`).toEqual([]);
    }
  });

  it('lets postFeedback write votes and counters but never read or scan the feedback table', () => {
    const statements = statementsOf('postFeedback');
    const feedback = actionsOnTable(statements, tableLogicalId('feedback'));
    const counters = actionsOnTable(statements, tableLogicalId('counters'));

    expect(feedback).toContain('dynamodb:PutItem');
    expect(feedback).toContain('dynamodb:UpdateItem');
    expect(counters).toContain('dynamodb:UpdateItem');
    for (const action of ['dynamodb:Scan', 'dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:BatchGetItem']) {
      expect(feedback).not.toContain(action);
      expect(counters).not.toContain(action);
    }
  });

  it('reads the token key in startConversation, postMessage, exportConversation and forgetConversation', () => {
    expect([...TOKEN_KEY_FUNCTIONS].sort()).toEqual(
      ['exportConversation', 'forgetConversation', 'postMessage', 'startConversation'].sort(),
    );
  });

  it.each(LAMBDA_IDS)('gives %s the token key ARN (never the key) only if its definition needs it', (id) => {
    const variables = functionResource(id).Properties.Environment.Variables;

    expect(variables.TOKEN_SECRET).toBeUndefined();
    if (needsTokenKey(id)) {
      expect(JSON.stringify(variables[TOKEN_SECRET_ENV])).toContain(secretLogicalId);
    } else {
      expect(variables[TOKEN_SECRET_ENV]).toBeUndefined();
    }
  });

  it.each(LAMBDA_IDS)('lets %s read the token key only if its definition needs it', (id) => {
    const statements = secretStatements(id);

    if (needsTokenKey(id)) {
      expect(statements).toHaveLength(1);
      expect(statements[0]?.Effect).toBe('Allow');
      expect([...actionsOf(statements[0] as PolicyStatement)].sort()).toEqual([...SECRET_ACTIONS].sort());
      expect(JSON.stringify(statements[0]?.Resource)).toContain(secretLogicalId);
    } else {
      expect(statements).toEqual([]);
    }
  });

  it('lets no function write, rotate or delete the token key', () => {
    const actions = LAMBDA_IDS.flatMap((id) => secretStatements(id).flatMap(actionsOf));

    expect(actions.filter((action) => !SECRET_ACTIONS.includes(action))).toEqual([]);
  });

  it('lets startConversation create conversations but never read the chat table', () => {
    const chat = actionsOnTable(statementsOf('startConversation'), tableLogicalId('chat'));

    expect(chat).toContain('dynamodb:PutItem');
    for (const action of ['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Scan']) {
      expect(chat).not.toContain(action);
    }
  });

  it('lets postMessage read a conversation and append to it in a transaction', () => {
    const chat = actionsOnTable(statementsOf('postMessage'), tableLogicalId('chat'));

    // TransactWriteItems needs the permission of each write inside it: Update and Put.
    for (const action of ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem']) {
      expect(chat).toContain(action);
    }
  });

  it('lets exportConversation read the chat table but change nothing in it', () => {
    const chat = actionsOnTable(statementsOf('exportConversation'), tableLogicalId('chat'));

    expect(chat).toContain('dynamodb:Query');
    for (const action of WRITE_ACTIONS) expect(chat).not.toContain(action);
  });

  it('lets forgetConversation find and delete every item of a conversation', () => {
    const chat = actionsOnTable(statementsOf('forgetConversation'), tableLogicalId('chat'));

    for (const action of [
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
    ]) {
      expect(chat).toContain(action);
    }
  });

  it.each(TOKEN_KEY_FUNCTIONS)('lets %s only count in the counters table, never read it', (id) => {
    const counters = actionsOnTable(statementsOf(id), tableLogicalId('counters'));

    expect(counters).toContain('dynamodb:UpdateItem');
    for (const action of READ_ACTIONS) expect(counters).not.toContain(action);
  });

  it('lets no function scan a table or touch an index', () => {
    for (const id of LAMBDA_IDS) {
      const statements = statementsOf(id);

      expect(statements.flatMap(actionsOf), id).not.toContain('dynamodb:Scan');
      expect(JSON.stringify(statements), id).not.toContain('/index/');
    }
  });

  it('lets the re-check job read and rewrite the chat table and keep its state in counters', () => {
    const statements = statementsOf('anonymizeChat');
    const chat = actionsOnTable(statements, tableLogicalId('chat'));
    const counters = actionsOnTable(statements, tableLogicalId('counters'));

    for (const action of ['dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:UpdateItem']) {
      expect(chat).toContain(action);
    }
    for (const action of ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']) {
      expect(counters).toContain(action);
    }
    expect(actionsOnTable(statements, tableLogicalId('feedback'))).toEqual(new Set());
    expect(needsTokenKey('anonymizeChat')).toBe(false);
  });

  it('runs the re-check job every hour from an EventBridge rule, retried twice', () => {
    const { fn, rule } = api.jobs.anonymizeChat;
    const ruleResource = resources[logicalId(rule)];

    expect(ruleResource.Properties.ScheduleExpression).toBe('rate(1 hour)');
    expect(ruleResource.Properties.State).toBe('ENABLED');
    expect(ruleResource.Properties.Targets).toHaveLength(1);
    expect(ruleResource.Properties.Targets[0].Arn).toEqual({ 'Fn::GetAtt': [logicalId(fn.function), 'Arn'] });
    expect(ruleResource.Properties.Targets[0].RetryPolicy).toEqual({ MaximumRetryAttempts: 2 });
    template.resourceCountIs('AWS::Events::Rule', JOB_IDS.length);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [logicalId(fn.function), 'Arn'] },
      SourceArn: { 'Fn::GetAtt': [logicalId(rule), 'Arn'] },
    });
  });

  it('gives the preflight function no DynamoDB permission at all', () => {
    const actions = statementsOf('preflight').flatMap(actionsOf);

    expect(actions.filter((action) => action.startsWith('dynamodb:'))).toEqual([]);
    expect(actions.filter((action) => action.startsWith('secretsmanager:'))).toEqual([]);
    expect(actions.filter((action) => !action.startsWith('logs:'))).toEqual([]);
  });

  it('lets only the transcript functions read the chat table among the staff functions, and audit what they show', () => {
    const staff = FUNCTION_IDS.filter((id) => (FUNCTIONS[id] as { staff?: boolean }).staff);
    const readsChat = staff.filter((id) => actionsOnTable(statementsOf(id), tableLogicalId('chat')).size > 0);

    expect(readsChat.sort()).toEqual(['transcript', 'transcripts', 'unansweredQuestions']);
    for (const id of readsChat) {
      expect([...actionsOnTable(statementsOf(id), tableLogicalId('chat'))].sort(), id).toEqual(
        ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'].sort(),
      );
      expect(actionsOnTable(statementsOf(id), tableLogicalId('audit')), id).toContain('dynamodb:PutItem');
    }
    expect([...actionsOnTable(statementsOf('auditTrail'), tableLogicalId('audit'))].sort()).toEqual(
      ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'].sort(),
    );
  });

  it('lets none of the service’s functions act on a wildcard resource', () => {
    const resourcesOf = (statement: PolicyStatement) =>
      Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];

    for (const id of LAMBDA_IDS) {
      for (const statement of statementsOf(id)) expect(resourcesOf(statement), id).not.toContain('*');
    }
  });

  it('keeps every staff statistics function away from the chat table and the token key', () => {
    const staff = FUNCTION_IDS.filter((id) => FUNCTIONS[id].entry.startsWith('functions/stats/'));

    expect(staff.sort()).toEqual([
      'billing',
      'chatStats',
      'feedbackComments',
      'feedbackStats',
      'maskingStats',
    ]);
    for (const id of staff) {
      expect([...actionsOnTable(statementsOf(id), tableLogicalId('chat'))], id).toEqual([]);
      expect(secretStatements(id), id).toEqual([]);
      expect(JSON.stringify(functionResource(id).Properties.Environment.Variables), id).not.toContain(
        'TABLE_CHAT',
      );
    }
    // The masking statistics too: counts of what the re-check masked, and no other table.
    expect(Object.keys(FUNCTIONS.maskingStats.tables)).toEqual(['counters']);
    for (const id of ['feedbackStats', 'chatStats', 'billing', 'maskingStats'] as const) {
      expect([...actionsOnTable(statementsOf(id), tableLogicalId('counters'))].sort(), id).toEqual(
        ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'].sort(),
      );
      expect([...actionsOnTable(statementsOf(id), tableLogicalId('feedback'))], id).toEqual([]);
    }
  });
});

describe('LambdaFunction.bindTable', () => {
  // Prepare: a bare stack with one table, bundling skipped (no entry is built).
  const setup = () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, outdir: assemblyDir('test') });
    const stack = new Stack(app, 'BindTable');
    const table = new Table(stack, 'Table', { partitionKey: { name: 'pk', type: AttributeType.STRING } });
    const fn = new LambdaFunction(stack, 'Fn', {
      entry: FUNCTIONS.preflight.entry,
      description: 'test',
      environment: { SITES_JSON: '[]' },
    });
    return { stack, table, fn };
  };

  it.each([
    ['read', ['dynamodb:GetItem', 'dynamodb:Query'], ['dynamodb:PutItem', 'dynamodb:UpdateItem']],
    ['write', ['dynamodb:PutItem', 'dynamodb:UpdateItem'], ['dynamodb:GetItem', 'dynamodb:Query']],
    ['readwrite', ['dynamodb:GetItem', 'dynamodb:PutItem'], []],
  ] as const)('sets the variable and grants exactly %s access', (access, granted, withheld) => {
    const { stack, table, fn } = setup();

    fn.bindTable({ table: { table, definition: TABLES.feedback }, access });

    const template = Template.fromStack(stack);
    const variables = template.toJSON().Resources[logicalId(fn.function)].Properties.Environment.Variables;
    expect(variables.TABLE_FEEDBACK).toEqual({ Ref: logicalId(table) });
    const actions = actionsOnTable(roleStatements(template, logicalId(fn.role)), logicalId(table));
    for (const action of granted) expect(actions).toContain(action);
    for (const action of withheld) expect(actions).not.toContain(action);
  });

  it('refuses to bind the same table twice', () => {
    const { table, fn } = setup();
    fn.bindTable({ table: { table, definition: TABLES.feedback }, access: 'read' });

    expect(() => fn.bindTable({ table: { table, definition: TABLES.feedback }, access: 'write' })).toThrow(
      /already bound to the feedback table/,
    );
  });
});

describe('LambdaFunction.bindSecret', () => {
  // Prepare: a bare stack with one secret, bundling skipped (no entry is built).
  const setup = () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] }, outdir: assemblyDir('test') });
    const stack = new Stack(app, 'BindSecret');
    const secret = new Secret(stack, 'Secret');
    const fn = new LambdaFunction(stack, 'Fn', {
      entry: FUNCTIONS.preflight.entry,
      description: 'test',
      environment: { SITES_JSON: '[]' },
    });
    return { stack, secret, fn };
  };

  it('puts the ARN, not the value, in the variable and grants read only', () => {
    const { stack, secret, fn } = setup();

    fn.bindSecret({ secret, envVar: TOKEN_SECRET_ENV });

    const template = Template.fromStack(stack);
    const variables = template.toJSON().Resources[logicalId(fn.function)].Properties.Environment.Variables;
    expect(variables[TOKEN_SECRET_ENV]).toEqual({ Ref: logicalId(secret) });
    const statements = roleStatements(template, logicalId(fn.role)).filter((statement) =>
      JSON.stringify(statement.Resource).includes(logicalId(secret)),
    );
    expect(statements.flatMap(actionsOf).sort()).toEqual([...SECRET_ACTIONS].sort());
  });

  it('refuses to bind the same variable twice', () => {
    const { secret, fn } = setup();
    fn.bindSecret({ secret, envVar: TOKEN_SECRET_ENV });

    expect(() => fn.bindSecret({ secret, envVar: TOKEN_SECRET_ENV })).toThrow(/already has TOKEN_SECRET_ARN/);
  });
});
