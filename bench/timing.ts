/** Timing of pure code in this process: medians of rounds, against a budget per call. */

export interface TimedCase {
  name: string;
  /** What one call may cost, in microseconds. */
  budgetMicros: number;
  /** One call; a promise is awaited, so async code is timed to its end. */
  run: () => unknown;
}

export interface Timing {
  name: string;
  medianMicros: number;
  budgetMicros: number;
  budgetRatio: number;
}

/** Median µs per call over `rounds` rounds of `perRound` calls, after `warmup` calls. */
export async function timeCase(timed: TimedCase, rounds = 15, perRound = 200, warmup = 300): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await timed.run();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) await timed.run();
    samples.push(Number(process.hrtime.bigint() - started) / 1000 / perRound);
  }
  samples.sort((a, b) => a - b);
  const medianMicros = samples[Math.floor(samples.length / 2)] ?? Number.NaN;
  return {
    name: timed.name,
    medianMicros,
    budgetMicros: timed.budgetMicros,
    budgetRatio: medianMicros / timed.budgetMicros,
  };
}

/** A table of timings: name, median and the ratio to each case's budget. */
export function renderTimings(title: string, timings: readonly Timing[]): string {
  const row = (cells: string[]) =>
    [cells[0]?.padEnd(36), ...cells.slice(1).map((cell) => cell.padStart(10))].join('  ');
  return [
    row([title, 'µs median', 'budget µs', '× budget']),
    ...timings.map((t) =>
      row([t.name, t.medianMicros.toFixed(1), String(t.budgetMicros), `${t.budgetRatio.toFixed(2)}×`]),
    ),
  ].join('\n');
}
