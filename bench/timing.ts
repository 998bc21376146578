/** Timing of pure code in this process: medians of rounds, against a budget per call. */
import { medianProcess } from './warm.ts';

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
  /** When timed in several processes: the least and the most of their medians. */
  spread?: { minMicros: number; maxMicros: number; processes: number };
}

/** How `timeCase` times a case unless told otherwise. */
export const TIMED_ROUNDS = { rounds: 15, perRound: 200, warmup: 300 } as const;

/** Median µs per call over `rounds` rounds of `perRound` calls, after `warmup` calls. */
export async function timeCase(
  timed: TimedCase,
  rounds: number = TIMED_ROUNDS.rounds,
  perRound: number = TIMED_ROUNDS.perRound,
  warmup: number = TIMED_ROUNDS.warmup,
): Promise<Timing> {
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

/**
 * The timings of the same cases in several processes, one list per process, as one list: for
 * each case, the median process's timing with the least and the most of them. One process is a
 * sample: on a shared machine the same code's median moves by up to 80 % from one to the next.
 */
export function acrossProcesses(perProcess: readonly (readonly Timing[])[]): Timing[] {
  const first = perProcess[0];
  if (!first) throw new Error('Timings need at least one process');
  return first.map(({ name }, i) => {
    const timings = perProcess.map((timings) => {
      const timing = timings[i];
      if (timing?.name !== name) throw new Error(`Process timings disagree on case ${i} (${name})`);
      return timing;
    });
    const { median, min, max, processes } = medianProcess(timings, (t) => t.medianMicros);
    return { ...median, spread: { minMicros: min, maxMicros: max, processes } };
  });
}

/** A table of timings: name, median (with the processes' spread when there is one) and the ratio to each case's budget. */
export function renderTimings(title: string, timings: readonly Timing[]): string {
  const spread = timings.some((t) => t.spread);
  const row = (cells: string[]) =>
    [cells[0]?.padEnd(36), ...cells.slice(1).map((cell) => cell.padStart(10))].join('  ');
  return [
    row([title, 'µs median', ...(spread ? ['min–max'] : []), 'budget µs', '× budget']),
    ...timings.map((t) =>
      row([
        t.name,
        t.medianMicros.toFixed(1),
        ...(spread
          ? [t.spread ? `${t.spread.minMicros.toFixed(0)}–${t.spread.maxMicros.toFixed(0)}` : '–']
          : []),
        String(t.budgetMicros),
        `${t.budgetRatio.toFixed(2)}×`,
      ]),
    ),
  ].join('\n');
}
