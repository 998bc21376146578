import { fileURLToPath } from 'node:url';
import { runBenchChild } from './child.ts';
import { acrossProcesses, type Timing } from './timing.ts';

/** The pure-code cases' timings: the anonymizer on 2000-character messages, and the other request text. */
export interface PureTimings {
  mask: Timing[];
  text: Timing[];
}

const WORKER = fileURLToPath(new URL('./pure-worker.ts', import.meta.url));

/** One fresh process timing every pure-code case (bench/pure-worker.ts). */
const timeInProcess = (projectRoot: string): Promise<PureTimings> =>
  runBenchChild(WORKER, projectRoot, 'Timing the pure-code cases');

/**
 * The pure-code cases timed in `processes` fresh processes, one after the other, like the warm
 * figures: for each case the median process's timing, with the least and the most of them.
 */
export async function timePureCases(projectRoot: string, processes: number): Promise<PureTimings> {
  const runs: PureTimings[] = [];
  for (let i = 0; i < processes; i++) runs.push(await timeInProcess(projectRoot));
  return {
    mask: acrossProcesses(runs.map((run) => run.mask)),
    text: acrossProcesses(runs.map((run) => run.text)),
  };
}
