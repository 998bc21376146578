import { describe, expect, it } from 'vitest';
import { mask } from '#shared/anonymizer/anonymizer';
import { MASK_CASES, measureMask, renderMaskTable } from '../../bench/mask.ts';

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

  it('reports one row per case against the 1 ms budget', () => {
    const figures = measureMask(1, 1);
    const table = renderMaskTable(figures);

    expect(figures.map((f) => f.name)).toEqual(MASK_CASES.map((c) => c.name));
    for (const f of figures) expect(f.budgetRatio).toBeCloseTo(f.medianMicros / 1000, 6);
    expect(table.split('\n')).toHaveLength(MASK_CASES.length + 1);
  });
});
