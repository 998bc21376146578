import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendUntilProcessed } from '#shared/adapters/dynamodb/batch-retry';
import { DynamoRecentQuestions } from '#shared/adapters/dynamodb/chat-recheck';
import { DynamoJobStateStore } from '#shared/adapters/dynamodb/job-state';
import {
  conversationPk,
  type ItemKey,
  messageKey,
  recheckItem,
  recheckKey,
} from '#shared/adapters/dynamodb/keys/chat-table';
import {
  jobSpansAttribute,
  jobStateKey,
  jobTotalsKey,
  maskedSpansAttribute,
  maskedWeekKey,
} from '#shared/adapters/dynamodb/keys/counters-table';
import { mask, RULESET_VERSION } from '#shared/anonymizer/anonymizer';
import type { StoredQuestion } from '#shared/jobs/ports';
import { makeRecheck } from '#shared/jobs/use-cases';
import { DAY_MS } from '#shared/retention';
import { isoWeekOf } from '#shared/stats/weeks';
import { osloDay, systemClock } from '#shared/time';
import { localClient } from '../../infra/local/dynamodb.ts';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { FakeClock } from '../support/clock.ts';
import { meterCapacity, scanTables, storeAsOlderRules } from '../support/dynamo.ts';
import { billedReadUnits, MEASURED_RECHECK_QUESTIONS, REQUEST_UNITS } from '../support/request-units.ts';
import { startTestRuntime } from '../support/runtime.ts';

const MINUTE = 60_000;
/** What a question said before a newer rule set learnt to mask it (rule set 1 missed these). */
const UNMASKED = 'Jeg er homofil og har diabetes, hvem hjelper meg?';

let runtime: Runtime;
let client: DynamoDBDocumentClient;
let api: ReturnType<typeof chatClient>;

beforeAll(async () => {
  runtime = await startTestRuntime('it-job');
  client = DynamoDBDocumentClient.from(localClient(runtime.endpoint));
  api = chatClient(runtime.url);
});

afterAll(async () => {
  client?.destroy();
  await runtime?.close();
});

const today = () => osloDay(new Date());

const chatItems = async () => (await scanTables(runtime.endpoint, runtime.tables)).chat ?? [];

/** A conversation with one question, then the question set back to what an older rule set stored. */
async function conversationWithAnOldQuestion() {
  const { json: started } = await api.start({ lang: 'nb' });
  const asked = await api.ask(started.conversationId, started.token, 'Hvor er legevakten?');
  expect(asked.status).toBe(201);
  const question = (await chatItems()).find(
    (item) => item.pk === conversationPk(started.conversationId) && item.role === 'user',
  );
  await storeAsOlderRules(client, runtime.tables.chat, question, UNMASKED, 1);
  return { id: started.conversationId as string, token: started.token as string, key: question };
}

describe('the hourly anonymization job', () => {
  it('re-masks a question stored under an older rule set, as the visitor then sees it, and counts it', async () => {
    const { id, token } = await conversationWithAnOldQuestion();

    const summary = (await runtime.runJob('anonymizeChat')) as Record<string, unknown>;

    const exported = await api.export(id, token);
    const question = exported.json.messages.find((m: { role: string }) => m.role === 'user');
    expect(question.text).toBe(mask(UNMASKED).text);
    expect(question.text).not.toMatch(/homofil|diabetes/);
    const stored = (await chatItems()).find((item) => item.pk === conversationPk(id) && item.role === 'user');
    expect(stored?.rulesetVersion).toBe(RULESET_VERSION);
    expect(summary).toMatchObject({ complete: true, rewritten: 1, spans: { orientation: 1, health: 1 } });
    const { counters } = await scanTables(runtime.endpoint, runtime.tables);
    const totals = counters?.find((item) => item.pk === jobTotalsKey('anonymize', osloDay(new Date())).pk);
    expect(totals).toMatchObject({
      runs: 1,
      rewritten: 1,
      [jobSpansAttribute('orientation')]: 1,
      [jobSpansAttribute('health')]: 1,
    });
  });

  it('leaves a question alone the second time (it is at the current rule set now)', async () => {
    const summary = (await runtime.runJob('anonymizeChat')) as Record<string, number>;

    expect(summary.rewritten).toBe(0);
    expect(summary.unchanged).toBeGreaterThanOrEqual(1);
  });

  it('never recreates a question that "Glem meg" deleted between the read and the rewrite', async () => {
    const { id, token } = await conversationWithAnOldQuestion();
    const questions = new DynamoRecentQuestions(client, runtime.tables.chat);
    const read = [];
    for await (const page of questions.writtenBetween(Date.now() - 10 * MINUTE, Date.now()))
      read.push(...page);
    const ours = read.find((q) => q.text === UNMASKED && (q.ref as ItemKey).pk === conversationPk(id));
    expect(ours).toBeDefined();

    expect((await api.forget(id, token)).status).toBe(204);
    const rewritten = await questions.rewrite(ours as NonNullable<typeof ours>, mask(UNMASKED).text, 2);

    expect(rewritten).toBe(false);
    const left = (await chatItems()).filter((item) => JSON.stringify(item).includes(id));
    // Neither the question, nor the conversation, nor its entry in the hour list survives.
    expect(left).toEqual([]);
  });

  it('masks a name in a question stored days ago once the rules learn names, through the export too', async () => {
    const { id, token, key } = await conversationWithAnOldQuestion();
    // A question from before rule set 6, which first masked names, written five days ago.
    const fiveDaysAgo = new Date(Date.now() - 5 * DAY_MS).toISOString();
    await storeAsOlderRules(
      client,
      runtime.tables.chat,
      key,
      'Hei, jeg heter Kari Nordmann og sønnen min Emil trenger hjelp',
      5,
    );
    // Its entry in the hour lists moves five days back, where an hourly window never looks.
    const message = { pk: String(key?.pk), sk: String(key?.sk) };
    const moved = recheckItem(message, fiveDaysAgo, Number(key?.expiresAt));
    const current = recheckKey(message, String(key?.at));
    await client.send(
      new BatchWriteCommand({
        RequestItems: {
          [runtime.tables.chat]: [{ DeleteRequest: { Key: current } }, { PutRequest: { Item: moved } }],
        },
      }),
    );
    // The job last ran a minute ago, with the older rules.
    await client.send(
      new PutCommand({
        TableName: runtime.tables.counters,
        Item: {
          ...jobStateKey('anonymize'),
          checkedTo: Date.now() - MINUTE,
          rulesetVersion: 5,
          lastRunAt: 'before',
        },
      }),
    );

    const summary = (await runtime.runJob('anonymizeChat')) as Record<string, unknown>;

    expect(Date.parse(String(summary.from))).toBeLessThan(Date.now() - 20 * DAY_MS);
    const exported = await api.export(id, token);
    const question = exported.json.messages.find((m: { role: string }) => m.role === 'user');
    expect(question.text).toBe('Hei, jeg heter [navn] og sønnen min [navn] trenger hjelp');
    const { chat } = await scanTables(runtime.endpoint, runtime.tables);
    expect(JSON.stringify(chat)).not.toMatch(/Kari|Nordmann|Emil/);
  });

  it('rewrites a question and counts its spans in one write: a repeat of the write neither lands nor counts', async () => {
    const { id } = await conversationWithAnOldQuestion();
    const questions = new DynamoRecentQuestions(
      client,
      runtime.tables.chat,
      undefined,
      runtime.tables.counters,
    );
    const read = [];
    for await (const page of questions.writtenBetween(Date.now() - 10 * MINUTE, Date.now()))
      read.push(...page);
    const ours = read.find((q) => (q.ref as ItemKey).pk === conversationPk(id)) as StoredQuestion;
    const masked = { siteId: 'retried-kommune', week: '2026-W49', counts: mask(UNMASKED).counts };

    const first = await questions.rewrite(ours, mask(UNMASKED).text, RULESET_VERSION, masked);
    const again = await questions.rewrite(ours, mask(UNMASKED).text, RULESET_VERSION, masked);

    expect([first, again]).toEqual([true, false]);
    const { counters } = await scanTables(runtime.endpoint, runtime.tables);
    const key = maskedWeekKey('retried-kommune', '2026-W49');
    const week = counters?.find((item) => item.pk === key.pk && item.sk === key.sk);
    expect(week).toMatchObject(
      Object.fromEntries(
        Object.entries(masked.counts).map(([category, n]) => [maskedSpansAttribute(category), n]),
      ),
    );
  });

  it('counts what it masked per category and week once, when a run dies halfway and runs again', async () => {
    const staffGet = async () => {
      const response = await fetch(
        `${runtime.url}/v1/sites/demo/stats/masking?from=${today()}&to=${today()}`,
        {
          headers: { authorization: `Bearer ${runtime.staffToken}` },
        },
      );
      expect(response.status).toBe(200);
      return (await response.json()) as { weeks: { categories: Record<string, number> }[] };
    };
    const before = (await staffGet()).weeks[0]?.categories ?? {};
    const asked: Awaited<ReturnType<typeof conversationWithAnOldQuestion>>[] = [];
    for (let i = 0; i < 3; i++) asked.push(await conversationWithAnOldQuestion());
    // A run that dies after its first rewrite, before it saves its progress.
    const store = new DynamoRecentQuestions(client, runtime.tables.chat, undefined, runtime.tables.counters);
    let rewrites = 0;
    const dying: typeof store = Object.assign(Object.create(store), {
      rewrite: async (...args: Parameters<typeof store.rewrite>) => {
        if (rewrites++ === 1) throw new Error('the function timed out');
        return store.rewrite(...args);
      },
    });
    const state = new DynamoJobStateStore(client, runtime.tables.counters, 'anonymize');

    await expect(makeRecheck({ questions: dying, state, clock: systemClock }).run()).rejects.toThrow(
      'timed out',
    );
    const ours = (await chatItems()).filter(
      (item) => asked.some((a) => item.pk === conversationPk(a.id)) && item.role === 'user',
    );
    expect(ours.map((item) => item.rulesetVersion).sort()).toEqual([1, 1, RULESET_VERSION].sort());
    await runtime.runJob('anonymizeChat');
    await runtime.runJob('anonymizeChat');

    const after = (await staffGet()).weeks[0]?.categories ?? {};
    const added = Object.fromEntries(
      Object.entries(after)
        .map(([category, n]) => [category, n - (before[category] ?? 0)])
        .filter(([, n]) => n !== 0),
    );
    const once = mask(UNMASKED).counts;
    expect(added).toEqual(
      Object.fromEntries(Object.entries(once).map(([category, n]) => [category, 3 * (n ?? 0)])),
    );
    // The counters hold counts under the site's week, never text.
    const { counters } = await scanTables(runtime.endpoint, runtime.tables);
    const key = maskedWeekKey('demo', isoWeekOf(today()).week);
    const week = counters?.find((item) => item.pk === key.pk && item.sk === key.sk);
    expect(week).toBeDefined();
    expect(Object.entries(week ?? {}).filter(([, v]) => typeof v !== 'number')).toEqual(
      expect.arrayContaining([
        ['pk', key.pk],
        ['sk', key.sk],
      ]),
    );
    expect(Object.entries(week ?? {}).filter(([, v]) => typeof v !== 'number')).toHaveLength(2);
  });

  it('reads the same request units with 100 or 10 000 older questions in the table', async () => {
    // Its own clock far from the other tests' questions, and its own progress record.
    const metered = DynamoDBDocumentClient.from(localClient(runtime.endpoint));
    const meter = meterCapacity(metered);
    // As the job's composition root builds it: with the counters table for what it masked.
    const recent = new DynamoRecentQuestions(
      metered,
      runtime.tables.chat,
      undefined,
      runtime.tables.counters,
    );
    const base = Date.parse('2030-01-10T10:30:00Z');

    const writeQuestions = async (count: number, at: (i: number) => number, prefix: string) => {
      const items = Array.from({ length: count }, (_, i) => {
        const seq = (i % 10) * 2 + 1;
        const key = messageKey(`${prefix}-${Math.floor(i / 10)}`, seq);
        const when = new Date(at(i)).toISOString();
        const expiresAt = Math.floor((at(i) + 21 * DAY_MS) / 1000);
        const message = { ...key, siteId: 'demo', expiresAt, seq, role: 'user' };
        return [
          { ...message, text: UNMASKED, at: when, rulesetVersion: 1 },
          recheckItem(key, when, expiresAt),
        ];
      }).flat();
      for (let i = 0; i < items.length; i += 25) {
        await sendUntilProcessed(
          items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
          async (pending) =>
            (await client.send(new BatchWriteCommand({ RequestItems: { [runtime.tables.chat]: pending } })))
              .UnprocessedItems?.[runtime.tables.chat] as typeof pending | undefined,
          { what: 'test questions' },
        );
      }
    };
    /** One run at `now`, `count` new questions written in the hour before it; returns its units. */
    const measuredRun = async (now: number, job: string, count = MEASURED_RECHECK_QUESTIONS) => {
      await writeQuestions(count, (i) => now - 50 * MINUTE + i * MINUTE, `${job}-new`);
      const state = new DynamoJobStateStore(metered, runtime.tables.counters, job);
      // An ordinary hourly run: the last run used the same rules (a rule change reads everything).
      await state.save({
        checkedTo: now - 60 * MINUTE,
        rulesetVersion: RULESET_VERSION,
        lastRunAt: 'before',
      });
      meter.reset();
      const run = await makeRecheck({ questions: recent, state, clock: new FakeClock(new Date(now)) }).run();
      return {
        run,
        readUnits: meter.readUnits(),
        writeUnits: meter.writeUnits(),
        billed: { read: billedReadUnits(meter.entries()), write: meter.billedWriteUnits() },
      };
    };

    await writeQuestions(100, (i) => base - 2 * DAY_MS - i * 10 * MINUTE, 'old-a');
    const small = await measuredRun(base, 'units-a');
    await writeQuestions(9_900, (i) => base - 3 * DAY_MS - i * 2 * MINUTE, 'old-b');
    // The same time of day one day later, so both windows cover the same hours.
    const large = await measuredRun(base + DAY_MS, 'units-b');
    metered.destroy();

    console.info(
      `re-check of 20 new questions: ${small.readUnits} RCU / ${small.writeUnits} WCU with 100 older questions, ` +
        `${large.readUnits} RCU / ${large.writeUnits} WCU with 10 000`,
    );
    expect(small.run.totals).toMatchObject({ checked: 20, rewritten: 20 });
    expect(large.run.totals).toMatchObject({ checked: 20, rewritten: 20 });
    expect(small.readUnits).toBeGreaterThan(0);
    expect(large.readUnits).toBe(small.readUnits);
    expect(large.writeUnits).toBe(small.writeUnits);
    expect(small.billed).toEqual({
      read: REQUEST_UNITS.recheckRun.read,
      write: REQUEST_UNITS.recheckRun.write,
    });
    expect(large.billed).toEqual(small.billed);
    // Without new questions a run still reads its progress and the hour lists and saves both records.
    const empty = await measuredRun(base + 2 * DAY_MS, 'units-c', 0);
    expect(empty.run.totals).toMatchObject({ checked: 0 });
    expect(empty.billed).toEqual({
      read: REQUEST_UNITS.recheckEmptyRun.read,
      write: REQUEST_UNITS.recheckEmptyRun.write,
    });
  });
});
