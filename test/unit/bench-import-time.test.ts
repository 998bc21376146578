import { describe, expect, it } from 'vitest';
import { stats } from '../../bench/import-time.ts';

describe('import time stats', () => {
  it('takes the middle sample of an odd count as the median', () => {
    expect(stats([30, 10, 20])).toEqual({ runs: 3, medianMs: 20, minMs: 10, maxMs: 30 });
  });

  it('averages the two middle samples of an even count', () => {
    expect(stats([40, 10, 30, 20]).medianMs).toBe(25);
  });

  it('refuses to summarise no samples', () => {
    expect(() => stats([])).toThrow(/No import samples/);
  });
});
