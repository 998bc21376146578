import { describe, expect, it } from 'vitest';
import { mask, RULESET_VERSION } from '#shared/anonymizer/anonymizer';
import {
  FIRST_RUN_LOOKBACK_MS,
  MAX_LOOKBACK_MS,
  makeRecheck,
  RECHECK_OVERLAP_MS,
  recheckWindow,
  STOP_MARGIN_MS,
} from '#shared/jobs/use-cases';
import { FakeClock } from '../support/clock.ts';
import { InMemoryQuestions, InMemoryState } from '../support/job-fakes.ts';

const NOW = new Date('2026-11-23T10:00:00Z');
const MINUTE = 60_000;

const setup = (pageSize = 2) => {
  const questions = new InMemoryQuestions(pageSize);
  const state = new InMemoryState();
  const clock = new FakeClock(new Date(NOW));
  const run = (options: { timeLeftMs?: () => number } = {}) =>
    makeRecheck({ questions, state, clock }).run(options);
  return { questions, state, clock, run };
};

const minutesAgo = (n: number) => NOW.getTime() - n * MINUTE;

describe('recheckWindow', () => {
  it('looks back one hour plus the overlap on the first run', () => {
    expect(recheckWindow(NOW.getTime(), undefined, RULESET_VERSION)).toEqual({
      fromMs: NOW.getTime() - FIRST_RUN_LOOKBACK_MS - RECHECK_OVERLAP_MS,
      toMs: NOW.getTime(),
    });
  });

  it('starts the overlap before where the last run ended', () => {
    const last = { checkedTo: minutesAgo(60), rulesetVersion: RULESET_VERSION };

    expect(recheckWindow(NOW.getTime(), last, RULESET_VERSION).fromMs).toBe(
      minutesAgo(60) - RECHECK_OVERLAP_MS,
    );
  });

  it('checks the whole retention again when the last run used older rules', () => {
    const last = { checkedTo: minutesAgo(60), rulesetVersion: RULESET_VERSION - 1 };

    expect(recheckWindow(NOW.getTime(), last, RULESET_VERSION)).toEqual({
      fromMs: NOW.getTime() - MAX_LOOKBACK_MS,
      toMs: NOW.getTime(),
    });
  });

  it('never looks back further than the longest retention, however long it was stopped', () => {
    const monthAgo = NOW.getTime() - 30 * 86_400_000;

    const last = { checkedTo: monthAgo, rulesetVersion: RULESET_VERSION };

    expect(recheckWindow(NOW.getTime(), last, RULESET_VERSION).fromMs).toBe(NOW.getTime() - MAX_LOOKBACK_MS);
  });
});

describe('makeRecheck', () => {
  it('re-masks a question stored under an older rule set and counts its spans by category', async () => {
    const { questions, state, run } = setup();
    questions.add('old', 'Jeg er homofil og bor i Storgata 15', minutesAgo(30), { rulesetVersion: 1 });

    const result = await run();

    expect(questions.items.get('old')).toMatchObject({
      text: mask('Jeg er homofil og bor i Storgata 15').text,
      rulesetVersion: RULESET_VERSION,
    });
    expect(questions.items.get('old')?.text).not.toContain('homofil');
    expect(result.totals).toEqual({
      checked: 1,
      unchanged: 0,
      rewritten: 1,
      vanished: 0,
      spans: { orientation: 1, address: 1 },
    });
    expect(state.totals.get('2026-11-23')).toEqual([result.totals]);
  });

  it('leaves alone what the current rules already checked, and what they find nothing more in', async () => {
    const { questions, run } = setup();
    questions.add('current', 'Jeg er homofil', minutesAgo(20), { rulesetVersion: RULESET_VERSION });
    questions.add('clean', 'Når tømmes søpla?', minutesAgo(10), { rulesetVersion: 1 });

    const result = await run();

    expect(questions.items.get('current')?.text).toBe('Jeg er homofil');
    expect(questions.items.get('clean')).toMatchObject({ text: 'Når tømmes søpla?', rulesetVersion: 1 });
    expect(result.totals).toMatchObject({ checked: 2, unchanged: 2, rewritten: 0 });
  });

  it('re-masks questions older than the version field itself', async () => {
    const { questions, run } = setup();
    questions.add('unversioned', 'Ring meg på 912 34 567', minutesAgo(5));

    await run();

    expect(questions.items.get('unversioned')?.text).toBe('Ring meg på [nummer]');
  });

  it('never brings back a question deleted between the read and the rewrite', async () => {
    const { questions, run } = setup();
    questions.add('forgotten', 'Jeg har diabetes', minutesAgo(5), { rulesetVersion: 1 });
    questions.beforeRewrite = (q) => questions.items.delete(q.ref as string);

    const result = await run();

    expect(questions.items.has('forgotten')).toBe(false);
    expect(result.totals).toMatchObject({ checked: 1, rewritten: 0, vanished: 1 });
  });

  it('skips an expired question (TTL has not removed it yet) without rewriting it', async () => {
    const { questions, run } = setup();
    const expired = NOW.getTime() / 1000 - 1;
    questions.add('expired', 'Jeg har diabetes', minutesAgo(5), { rulesetVersion: 1, expiresAt: expired });

    const result = await run();

    expect(questions.items.get('expired')?.text).toBe('Jeg har diabetes');
    expect(result.totals).toMatchObject({ checked: 1, rewritten: 0, vanished: 1 });
  });

  it('reads only the window since the last run, and the next run starts where this one ended', async () => {
    const { questions, state, clock, run } = setup();
    questions.add('before', 'Jeg har diabetes', minutesAgo(3 * 60), { rulesetVersion: 1 });
    questions.add('inside', 'Jeg har astma', minutesAgo(30), { rulesetVersion: 1 });

    const first = await run();
    clock.current = new Date(NOW.getTime() + 60 * MINUTE);
    const second = await run();

    expect(first).toMatchObject({ complete: true, checkedTo: NOW.getTime() });
    expect(questions.items.get('before')?.text).toBe('Jeg har diabetes');
    expect(questions.items.get('inside')?.text).not.toContain('astma');
    expect(questions.windows[1]).toEqual([NOW.getTime() - RECHECK_OVERLAP_MS, clock.current.getTime()]);
    expect(second.totals.checked).toBe(0);
    expect(state.state).toMatchObject({
      checkedTo: clock.current.getTime(),
      rulesetVersion: RULESET_VERSION,
    });
  });

  it('after a rule change, re-masks names in every question still stored, however old', async () => {
    const { questions, state, run } = setup();
    state.state = {
      checkedTo: minutesAgo(5),
      rulesetVersion: RULESET_VERSION - 1,
      lastRunAt: NOW.toISOString(),
    };
    questions.add('week-old', 'Hei, jeg heter Kari Nordmann', NOW.getTime() - 7 * 86_400_000, {
      rulesetVersion: RULESET_VERSION - 1,
    });

    const result = await run();

    expect(questions.items.get('week-old')).toMatchObject({
      text: 'Hei, jeg heter [navn]',
      rulesetVersion: RULESET_VERSION,
    });
    expect(result.totals.spans).toEqual({ name: 1 });
    expect(state.state?.rulesetVersion).toBe(RULESET_VERSION);
  });

  it('saves how far it got when time runs short, and the next run goes on from there', async () => {
    const { questions, state, run } = setup(2);
    for (let i = 0; i < 6; i++)
      questions.add(`q${i}`, `Jeg har diabetes ${i}`, minutesAgo(50 - i), { rulesetVersion: 1 });
    let pagesLeft = 1;

    const partial = await run({ timeLeftMs: () => (pagesLeft-- > 0 ? 60_000 : STOP_MARGIN_MS - 1) });

    expect(partial.complete).toBe(false);
    expect(partial.totals.rewritten).toBe(4);
    expect(partial.checkedTo).toBe(minutesAgo(47));
    expect(state.state?.checkedTo).toBe(minutesAgo(47));
    expect(questions.items.get('q5')?.text).toContain('diabetes');

    const rest = await run();

    expect(rest.complete).toBe(true);
    expect(questions.items.get('q5')?.text).not.toContain('diabetes');
    expect(questions.windows[1]?.[0]).toBe(minutesAgo(47) - RECHECK_OVERLAP_MS);
  });

  it('does not move the progress backwards when a slower run saves after a later one', async () => {
    const { state, run } = setup();
    state.state = { checkedTo: NOW.getTime() + MINUTE, rulesetVersion: RULESET_VERSION, lastRunAt: 'later' };

    await run();

    expect(state.state.checkedTo).toBe(NOW.getTime() + MINUTE);
  });

  it('counts what it masks per site and ISO week of the Oslo day the question was asked', async () => {
    const { questions, state, run } = setup();
    // A rule change: the run checks every question still stored.
    state.state = { checkedTo: minutesAgo(5), rulesetVersion: RULESET_VERSION - 1, lastRunAt: 'before' };
    // Sunday 23:30 in Oslo, and Monday 00:30 in Oslo (still Sunday in UTC): two weeks.
    questions.add('sunday', 'Jeg har diabetes', Date.parse('2026-11-22T22:30:00Z'), { rulesetVersion: 1 });
    questions.add('monday', 'Jeg har diabetes og astma', Date.parse('2026-11-22T23:30:00Z'), {
      rulesetVersion: 1,
    });
    questions.add('elsewhere', 'Ring meg på 912 34 567', minutesAgo(5), {
      rulesetVersion: 1,
      siteId: 'annen-kommune',
    });

    await run();

    expect(Object.fromEntries(questions.masked)).toEqual({
      'demo 2026-W47': mask('Jeg har diabetes').counts,
      'demo 2026-W48': mask('Jeg har diabetes og astma').counts,
      'annen-kommune 2026-W48': { number: 1 },
    });
  });

  it('counts each masked span once when a run dies halfway and the next run goes over it again', async () => {
    const { questions, state, run } = setup(2);
    for (let i = 0; i < 6; i++)
      questions.add(`q${i}`, `Jeg har diabetes ${i}`, minutesAgo(50 - i), { rulesetVersion: 1 });
    let rewrites = 0;
    questions.beforeRewrite = () => {
      if (++rewrites === 4) throw new Error('the function timed out');
    };

    await expect(run()).rejects.toThrow('timed out');
    expect(state.state).toBeUndefined();
    questions.beforeRewrite = undefined;
    await run();
    await run();

    const once: Record<string, number> = {};
    for (let i = 0; i < 6; i++) {
      for (const [category, n] of Object.entries(mask(`Jeg har diabetes ${i}`).counts))
        once[category] = (once[category] ?? 0) + (n ?? 0);
    }
    expect(Object.fromEntries(questions.masked)).toEqual({ 'demo 2026-W48': once });
    expect([...questions.items.values()].every((q) => q.rulesetVersion === RULESET_VERSION)).toBe(true);
  });

  it('counts nothing for a rewrite that did not land, nor for a question without a site', async () => {
    const { questions, run } = setup();
    questions.add('forgotten', 'Jeg har diabetes', minutesAgo(5), { rulesetVersion: 1 });
    questions.add('siteless', 'Jeg har astma', minutesAgo(4), { rulesetVersion: 1, siteId: undefined });
    questions.beforeRewrite = (q) => {
      if (q.ref === 'forgotten') questions.items.delete('forgotten');
    };

    const result = await run();

    expect(result.totals).toMatchObject({ rewritten: 1, vanished: 1 });
    expect(questions.items.get('siteless')?.text).not.toContain('astma');
    expect(questions.masked.size).toBe(0);
  });
});
