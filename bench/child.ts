import { fork } from 'node:child_process';
import { childEnv } from './env.ts';

/**
 * Only for a child that hangs: a bench child ends by itself when its work is done. «Glem meg»
 * with the SDK and its interplay phase is some 15 000 calls of about 5 ms; on a shared machine
 * in a slow spell that took over two minutes, and a tighter guard failed a sound run.
 */
const CHILD_TIMEOUT_MS = 30 * 60_000;

/**
 * Runs a bench worker (a `.ts` file) in a fresh `node --import tsx` process under the bench
 * environment, sends it `request` if there is one, and resolves with the last message it sends
 * back once it has exited cleanly; otherwise rejects with `failure` and how it ended.
 */
export function runBenchChild<T>(
  worker: string,
  projectRoot: string,
  failure: string,
  request?: unknown,
): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(worker, [], {
      cwd: projectRoot,
      execPath: process.execPath,
      execArgv: ['--import', 'tsx'],
      env: childEnv(),
      // The worker's stdout goes to stderr, so that handler logs never mix into `--json` output.
      stdio: ['ignore', 2, 2, 'ipc'],
      timeout: CHILD_TIMEOUT_MS,
    });
    let result: T | undefined;
    child.on('message', (message) => {
      result = message as T;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && result !== undefined) resolvePromise(result);
      else reject(new Error(`${failure} failed (exit ${code ?? signal}); its error is printed above.`));
    });
    if (request !== undefined) child.send(request as object);
  });
}
