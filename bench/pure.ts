import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childEnv } from './env.ts';
import { acrossProcesses, type Timing } from './timing.ts';
import { CHILD_TIMEOUT_MS } from './warm.ts';

/** The pure-code cases' timings: the anonymizer on 2000-character messages, and the other request text. */
export interface PureTimings {
  mask: Timing[];
  text: Timing[];
}

const WORKER = fileURLToPath(new URL('./pure-worker.ts', import.meta.url));

/** One fresh process timing every pure-code case (bench/pure-worker.ts). */
function timeInProcess(projectRoot: string): Promise<PureTimings> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(WORKER, [], {
      cwd: projectRoot,
      execPath: process.execPath,
      execArgv: ['--import', 'tsx'],
      env: childEnv(),
      stdio: ['ignore', 2, 2, 'ipc'],
      timeout: CHILD_TIMEOUT_MS,
    });
    let result: PureTimings | undefined;
    child.on('message', (message) => {
      result = message as PureTimings;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && result) resolvePromise(result);
      else
        reject(
          new Error(
            `Timing the pure-code cases failed (exit ${code ?? signal}); its error is printed above.`,
          ),
        );
    });
  });
}

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
