import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../infra/local/runtime.ts';
import { chatClient } from '../support/chat-client.ts';
import { startTestRuntime } from '../support/runtime.ts';

/**
 * A realistic mix at the rate the local stack sustains, for LOAD_SECONDS (60 by default):
 * votes, conversations with questions, exports, «Glem meg» and statistics, from WORKERS
 * visitors at once on loopback. No answer may be an error but the designed 429, and every
 * acknowledged write must be found afterwards, in the tables and in the counters.
 */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const WORKERS = Number(process.env.LOAD_WORKERS ?? 16);
const STAFF_TOKEN = `load-${randomUUID()}`;

let runtime: Runtime;

beforeAll(async () => {
  // Its own DynamoDB Local: the load is not to be shared with other suites.
  runtime = await startTestRuntime('load', { dynamodbEndpoint: undefined, staffToken: STAFF_TOKEN });
});

afterAll(async () => {
  await runtime?.close();
});

interface Tally {
  votes: number;
  starts: number;
  questions: number;
  exports: number;
  forgets: number;
  reads: number;
  throttled: number;
  errors: string[];
  statuses: Map<number, number>;
}

const pick = (weights: [string, number][]) => {
  let r = Math.random() * weights.reduce((sum, [, w]) => sum + w, 0);
  for (const [name, w] of weights) {
    r -= w;
    if (r < 0) return name;
  }
  return weights[0]?.[0] ?? '';
};

async function worker(until: number, tally: Tally, kept: Map<string, { token: string; questions: number }>) {
  const api = chatClient(runtime.url);
  const count = (status: number, what: string, ok: number[]) => {
    tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
    if (status === 429) tally.throttled++;
    else if (!ok.includes(status)) tally.errors.push(`${what}: ${status}`);
    return ok.includes(status);
  };
  while (Date.now() < until) {
    const action = pick([
      ['vote', 40],
      ['conversation', 25],
      ['export', 15],
      ['forget', 5],
      ['stats', 15],
    ]);
    if (action === 'vote') {
      const answer = await fetch(`${runtime.url}/v1/sites/demo/feedback`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: runtime.url,
          'user-agent': `Load/${randomUUID()}`,
        },
        body: JSON.stringify({ url: `${runtime.url}/renovasjon.html`, found: Math.random() < 0.7 }),
      });
      if (count(answer.status, 'vote', [201])) tally.votes++;
    } else if (action === 'conversation') {
      const started = await api.start({ lang: 'nb' });
      if (!count(started.status, 'start', [201])) continue;
      tally.starts++;
      const entry = { token: started.json.token as string, questions: 0 };
      for (const text of ['Når blir søppelet hentet?', 'Hva koster en barnehageplass?']) {
        const asked = await api.ask(started.json.conversationId, entry.token, text);
        if (count(asked.status, 'question', [201])) {
          tally.questions++;
          entry.questions++;
        }
      }
      // Its visitor is done with it: another may export it or have it forgotten now.
      kept.set(started.json.conversationId, entry);
    } else if (action === 'export' || action === 'forget') {
      // Taken out while one visitor uses it, so that no two act on one conversation at once.
      const [id, entry] = [...kept.entries()][Math.floor(Math.random() * kept.size)] ?? [];
      if (!id || !entry) continue;
      kept.delete(id);
      if (action === 'export') {
        const exported = await api.export(id, entry.token);
        if (count(exported.status, 'export', [200])) {
          tally.exports++;
          expect(exported.json.messages).toHaveLength(2 * entry.questions);
        }
        kept.set(id, entry);
      } else if (count((await api.forget(id, entry.token)).status, 'forget', [204])) {
        tally.forgets++;
      }
    } else {
      const route = Math.random() < 0.5 ? 'stats/feedback' : 'stats/chat';
      const answer = await fetch(`${runtime.url}/v1/sites/demo/${route}`, {
        headers: { authorization: `Bearer ${STAFF_TOKEN}` },
      });
      await answer.arrayBuffer();
      if (count(answer.status, route, [200])) tally.reads++;
    }
  }
}

describe('load', () => {
  it(
    `holds a realistic mix for ${SECONDS} s with no error but 429 and finds every acknowledged write`,
    async () => {
      const tally: Tally = {
        votes: 0,
        starts: 0,
        questions: 0,
        exports: 0,
        forgets: 0,
        reads: 0,
        throttled: 0,
        errors: [],
        statuses: new Map(),
      };
      const kept = new Map<string, { token: string; questions: number }>();
      const started = Date.now();
      await Promise.all(Array.from({ length: WORKERS }, () => worker(started + SECONDS * 1000, tally, kept)));
      const elapsed = (Date.now() - started) / 1000;
      const requests = [...tally.statuses.values()].reduce((a, b) => a + b, 0);
      console.log(
        `load: ${requests} requests in ${elapsed.toFixed(1)} s (${(requests / elapsed).toFixed(0)}/s) by ${WORKERS} visitors; ` +
          `answers by status ${JSON.stringify(Object.fromEntries([...tally.statuses].sort()))}; acknowledged: ` +
          `${tally.votes} votes, ${tally.starts} conversations, ${tally.questions} questions, ${tally.exports} exports, ${tally.forgets} deletions`,
      );

      expect(tally.errors).toEqual([]);
      expect(tally.votes).toBeGreaterThan(0);
      // Every acknowledged write, found afterwards: in the counters ...
      const staff = async (route: string) =>
        (
          await fetch(`${runtime.url}/v1/sites/demo/${route}`, {
            headers: { authorization: `Bearer ${STAFF_TOKEN}` },
          })
        ).json();
      const feedback = await staff('stats/feedback');
      expect(feedback.totals.found + feedback.totals.notFound).toBe(tally.votes);
      const chat = await staff('stats/chat');
      expect(chat.totals).toMatchObject({
        conversations: tally.starts,
        messages: tally.questions,
        downloads: tally.exports,
        deletions: tally.forgets,
      });
      // ... and in the conversations still kept, each whole.
      const api = chatClient(runtime.url);
      for (const [id, entry] of kept) {
        const exported = await api.export(id, entry.token);
        expect(exported.status).toBe(200);
        expect(exported.json.messages).toHaveLength(2 * entry.questions);
      }
    },
    (SECONDS + 120) * 1000,
  );
});
