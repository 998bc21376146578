import { describe, expect, it } from 'vitest';
import { mask } from '#shared/anonymizer/anonymizer';
import { describeClient } from '#shared/chat/user-agent';
import { MASK_CASES, MASK_TIMED } from '../../bench/mask.ts';
import { TEXT_CASES } from '../../bench/text.ts';
import { acrossProcesses, renderTimings, type Timing, timeCase } from '../../bench/timing.ts';

describe('anonymizer bench', () => {
  it('times messages of the longest length the API accepts', () => {
    for (const c of MASK_CASES) for (const text of c.texts ?? [c.text]) expect(text).toHaveLength(2000);
  });

  it('times unseen words with more distinct words than the anonymizer keeps judged', () => {
    const unseen = MASK_CASES.find((c) => c.name === 'unseen long words');
    const words = new Set((unseen?.texts ?? []).flatMap((text) => text.split(' ')));

    expect(words.size).toBeGreaterThan(40_000);
  });

  it('times a message that really has personal data in every category it names', () => {
    const dense = MASK_CASES.find((c) => c.name === 'dense personal data');

    expect(mask(dense?.text ?? '').categories).toEqual(
      expect.arrayContaining(['address', 'gender', 'health', 'politics', 'number', 'email']),
    );
  });

  it('reports one row per case against the 1 ms budget', async () => {
    const figures = await Promise.all(MASK_TIMED.map((timed) => timeCase(timed, 1, 1, 1)));
    const table = renderTimings('anonymizer', figures);

    expect(figures.map((f) => f.name)).toEqual(MASK_CASES.map((c) => c.name));
    for (const f of figures) expect(f.budgetRatio).toBeCloseTo(f.medianMicros / 1000, 6);
    expect(table.split('\n')).toHaveLength(MASK_CASES.length + 1);
  });
});

describe('request text bench', () => {
  it('times the longest inputs: a 2000-character question and an 11 000-character User-Agent', () => {
    const lengths = TEXT_CASES.map((c) => c.input.length);

    expect(lengths.filter((n) => n >= 1990 && n <= 2000)).toHaveLength(3);
    expect(lengths.filter((n) => n === 11_000)).toHaveLength(2);
  });

  it('times the work the service really does with them', async () => {
    const [mixed, never, largest] = await Promise.all(TEXT_CASES.slice(0, 3).map((c) => c.run()));

    expect(mixed).toMatchObject({ answered: true });
    expect(never).toMatchObject({ intent: 'fallback' });
    // Every common word is in the question, yet only the last intent's example completes.
    expect(largest).toMatchObject({ intent: 'topic_199', answered: true });
    expect(TEXT_CASES.slice(3).map((c) => describeClient(c.input).browser)).toEqual(['Chrome 142', 'other']);
  });
});

describe('pure-code timings across processes', () => {
  const timing = (name: string, medianMicros: number): Timing => ({
    name,
    medianMicros,
    budgetMicros: 1000,
    budgetRatio: medianMicros / 1000,
  });

  it("takes each case's median process, with the least and the most of them", () => {
    const cases = acrossProcesses([
      [timing('plain', 500), timing('dense', 1200)],
      [timing('plain', 400), timing('dense', 700)],
      [timing('plain', 650), timing('dense', 900)],
    ]);

    expect(cases).toEqual([
      { ...timing('plain', 500), spread: { minMicros: 400, maxMicros: 650, processes: 3 } },
      { ...timing('dense', 900), spread: { minMicros: 700, maxMicros: 1200, processes: 3 } },
    ]);
  });

  it('refuses processes that timed different cases', () => {
    expect(() => acrossProcesses([[timing('plain', 1)], [timing('dense', 1)]])).toThrow(/disagree/);
    expect(() => acrossProcesses([])).toThrow(/at least one/);
  });

  it('prints the spread of the processes next to the median', () => {
    const [header, row] = renderTimings(
      'anonymizer',
      acrossProcesses([[timing('dense', 1083.2)], [timing('dense', 664)]]),
    ).split('\n');

    expect(header).toContain('min–max');
    expect(row).toMatch(/dense\s+664\.0\s+664–1083\s+1000\s+0\.66×/);
  });
});
