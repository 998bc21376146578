/**
 * Child process of bench/run.ts (started with `--import tsx`): times the pure-code cases, the
 * anonymizer's (bench/mask.ts) and the other request text's (bench/text.ts), in a process that
 * has done nothing else, and sends the timings back over IPC.
 */
import { MASK_TIMED } from './mask.ts';
import type { PureTimings } from './pure.ts';
import { TEXT_CASES } from './text.ts';
import { type TimedCase, type Timing, timeCase } from './timing.ts';

async function timeAll(cases: readonly TimedCase[]): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (const timed of cases) timings.push(await timeCase(timed));
  return timings;
}

const timings: PureTimings = { mask: await timeAll(MASK_TIMED), text: await timeAll(TEXT_CASES) };
process.send?.(timings, () => process.exit(0));
