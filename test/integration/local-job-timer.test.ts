import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationPk } from '#shared/adapters/dynamodb/keys/chat-table';
import { RULESET_VERSION } from '#shared/anonymizer/anonymizer';
import { localClient } from '../../infra/local/dynamodb.ts';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { scanTables, storeAsOlderRules } from '../support/dynamo.ts';
import { startTestRuntime } from '../support/runtime.ts';

let runtime: Runtime;
const log: string[] = [];

beforeAll(async () => {
  runtime = await startTestRuntime('it-timer', {
    jobIntervalSeconds: 1,
    log: (line) => log.push(line),
  });
});

afterAll(async () => {
  await runtime?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('npm start runs the scheduled jobs on a timer', () => {
  it('re-masks an old question within a few timer periods, without anyone calling the job', async () => {
    const api = chatClient(runtime.url);
    const { json: started } = await api.start({ lang: 'nb' });
    await api.ask(started.conversationId, started.token, 'Hei');
    const { chat } = await scanTables(runtime.endpoint, runtime.tables);
    const question = chat?.find(
      (item) => item.pk === conversationPk(started.conversationId) && item.role === 'user',
    );
    const client = DynamoDBDocumentClient.from(localClient(runtime.endpoint));
    await storeAsOlderRules(client, runtime.tables.chat, question, 'Jeg er gravid', 1);
    client.destroy();

    const deadline = Date.now() + 10_000;
    let text = 'Jeg er gravid';
    while (text.includes('gravid') && Date.now() < deadline) {
      await sleep(250);
      const exported = await api.export(started.conversationId, started.token);
      text = exported.json.messages.find((m: { role: string }) => m.role === 'user').text;
    }

    expect(text).toBe('Jeg er [helse]');
    const stored = (await scanTables(runtime.endpoint, runtime.tables)).chat?.find(
      (item) => item.pk === question?.pk && item.sk === question?.sk,
    );
    expect(stored?.rulesetVersion).toBe(RULESET_VERSION);
    expect(log).toContain('Job anonymizeChat every 1 s');
  });
});
