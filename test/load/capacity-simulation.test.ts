import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '#shared/adapters/dynamodb/client';
import { monthsBetween, osloDay, shiftDay } from '#shared/time';
import type { Runtime } from '../../infra/local/runtime.ts';
import {
  requestsOf,
  SIMULATED_OPERATIONS,
  SIMULATION,
  type SimulatedOperation,
  simulationPlan,
} from '../../scripts/capacity-model.ts';
import { OPERATIONS } from '../../scripts/cost-model.ts';
import { chatClient } from '../support/chat-client.ts';
import { meterCapacity } from '../support/dynamo.ts';
import { billedReadUnits, REQUEST_UNITS, type RequestUnits } from '../support/request-units.ts';
import { startTestRuntime } from '../support/runtime.ts';

/**
 * The capacity plan's mix (docs/scale.md, step 3's peak), sent to the local stack in a bounded
 * number of requests from a few workers at once, with the DynamoDB units every operation
 * consumes measured as billed. The plan multiplies these per-request units by its rates, so they
 * must be exactly what it counts. The operations go in waves, one kind at a time with all the
 * workers on it, so that every unit the meter records belongs to the wave's kind.
 */
const STAFF_TOKEN = `capacity-${randomUUID()}`;
const PAGES = 16;

let runtime: Runtime;

beforeAll(async () => {
  // Its own DynamoDB Local: the load is not to be shared with other suites.
  runtime = await startTestRuntime('capacity', { dynamodbEndpoint: undefined, staffToken: STAFF_TOKEN });
});

afterAll(async () => {
  await runtime?.close();
});

interface Conversation {
  conversationId: string;
  token: string;
}

interface Measured {
  sent: number;
  requests: number;
  read: number;
  write: number;
  statuses: number[];
}

describe('capacity simulation', () => {
  it("consumes exactly the plan's request units for every operation of its mix", async () => {
    // Prepare
    const mix = simulationPlan(SIMULATION.requests, SIMULATION.minimum);
    const api = chatClient(runtime.url);
    const staff = (path: string) =>
      fetch(`${runtime.url}/v1/sites/demo/${path}`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } });
    const vote = (i: number) =>
      fetch(`${runtime.url}/v1/sites/demo/feedback`, {
        method: 'POST',
        // A visitor of its own for each vote, so that none replaces another.
        headers: {
          'content-type': 'application/json',
          origin: runtime.url,
          'user-agent': `Capacity/${randomUUID()}`,
        },
        body: JSON.stringify({ url: `${runtime.url}/side-${i % PAGES}.html`, found: i % 3 !== 0 }),
      });
    // The first vote of the day creates the day's salt, which every later vote reads from memory.
    expect((await vote(-1)).status).toBe(201);
    // A range over as many calendar months as the model's statistics view reads.
    const today = osloDay(new Date());
    const from = shiftDay(`${today.slice(0, 7)}-01`, -1);
    expect(monthsBetween(from, today).length * REQUEST_UNITS.statisticsPerMonth.read).toBe(
      OPERATIONS.statisticsView.units.read,
    );
    const meter = meterCapacity(documentClient());
    const measured = new Map<SimulatedOperation, Measured>();

    /** One wave: `items` acted on by the workers, the meter holding only what they consume. */
    async function wave<T>(
      name: SimulatedOperation,
      items: readonly T[],
      act: (item: T) => Promise<number[]>,
    ) {
      meter.reset();
      const statuses: number[] = [];
      let next = 0;
      const worker = async () => {
        while (next < items.length) {
          const item = items[next++] as T;
          statuses.push(...(await act(item)));
        }
      };
      await Promise.all(Array.from({ length: SIMULATION.workers }, worker));
      const entries = meter.entries();
      const before = measured.get(name);
      measured.set(name, {
        sent: (before?.sent ?? 0) + items.length,
        requests: (before?.requests ?? 0) + statuses.length,
        read: (before?.read ?? 0) + billedReadUnits(entries),
        write: (before?.write ?? 0) + meter.billedWriteUnits(),
        statuses: [...(before?.statuses ?? []), ...statuses],
      });
    }
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    const started = Date.now();

    // Act
    await wave('vote', range(mix.vote), async (i) => [(await vote(i)).status]);
    const conversations: Conversation[] = [];
    await wave('startConversation', range(mix.startConversation), async () => {
      const answer = await api.start({ lang: 'nb' });
      if (answer.status === 201) conversations.push(answer.json);
      return [answer.status];
    });
    const questions = mix.message / mix.startConversation;
    for (let q = 1; q <= questions; q++) {
      await wave('message', conversations, async ({ conversationId, token }) => [
        (await api.ask(conversationId, token, `Når tømmes søppelet i uke ${q}?`)).status,
      ]);
    }
    await wave('statisticsView', range(mix.statisticsView), async () =>
      Promise.all(
        ['stats/feedback', 'stats/chat'].map(async (route) => {
          const answer = await staff(`${route}?from=${from}&to=${today}`);
          await answer.arrayBuffer();
          return answer.status;
        }),
      ),
    );
    // Deletions take the last conversations; exports and transcript reads the first.
    const kept = conversations.slice(0, conversations.length - mix.forgetConversation);
    await wave('transcriptRead', kept.slice(0, mix.transcriptRead), async ({ conversationId }) => {
      const answer = await staff(`transcripts/${conversationId}`);
      await answer.arrayBuffer();
      return [answer.status];
    });
    await wave(
      'exportConversation',
      kept.slice(0, mix.exportConversation),
      async ({ conversationId, token }) => {
        const answer = await api.export(conversationId, token);
        expect(answer.json.messages).toHaveLength(2 * questions);
        return [answer.status];
      },
    );
    await wave('forgetConversation', conversations.slice(kept.length), async ({ conversationId, token }) => [
      (await api.forget(conversationId, token)).status,
    ]);
    const seconds = (Date.now() - started) / 1000;

    // Assess
    const perOperation = (m: Measured): RequestUnits => ({ read: m.read / m.sent, write: m.write / m.sent });
    const requests = [...measured.values()].reduce((sum, m) => sum + m.requests, 0);
    console.info(
      `capacity simulation: ${requests} requests in ${seconds.toFixed(1)} s from ${SIMULATION.workers} workers (loopback, DynamoDB Local)`,
    );
    for (const name of SIMULATED_OPERATIONS) {
      const m = measured.get(name);
      const units = m && perOperation(m);
      const model = OPERATIONS[name].units;
      console.info(
        `  ${name}: ${m?.sent} sent (${m?.requests} requests); units each, measured ${units?.read} read + ${units?.write} write, ` +
          `model ${model.read} + ${model.write}; in all ${m?.read} read + ${m?.write} write`,
      );
    }

    const ok: Record<SimulatedOperation, number> = {
      vote: 201,
      startConversation: 201,
      message: 201,
      statisticsView: 200,
      transcriptRead: 200,
      exportConversation: 200,
      forgetConversation: 204,
    };
    for (const name of SIMULATED_OPERATIONS) {
      const m = measured.get(name);
      expect(m?.sent, name).toBe(mix[name]);
      expect(m?.requests, name).toBe(mix[name] * requestsOf(name));
      expect(new Set(m?.statuses), name).toEqual(new Set([ok[name]]));
      const { read, write } = OPERATIONS[name].units;
      expect(m && perOperation(m), name).toEqual({ read, write });
    }
    expect(requests).toBeLessThanOrEqual(SIMULATION.requests * 1.1);
  }, 120_000);
});
