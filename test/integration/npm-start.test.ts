import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { freePort, localClient } from '../../infra/local/dynamodb.ts';
import { TABLE_LIST } from '../../infra/tables.ts';

/**
 * Runs `npm start`'s entry as a separate process, as a developer would; with `npm`, through
 * npm itself, as a supervisor (systemd, a container's init) would start it.
 */
function start(env: Record<string, string | undefined>, how: 'entry' | 'npm' = 'entry') {
  const { DYNAMODB_ENDPOINT: _inherited, ...base } = process.env;
  const [command, args] =
    how === 'npm'
      ? ['npm', ['start', '--silent']]
      : [process.execPath, ['node_modules/tsx/dist/cli.mjs', 'infra/local/main.ts']];
  const child = spawn(command, args, {
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 45_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('npm start exited early');
    try {
      if ((await fetch(`${url}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('npm start did not become healthy');
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

const accepts = (port: number, host = '127.0.0.1') =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('npm start', () => {
  it('serves health, the demo page and the API, and Ctrl-C stops DynamoDB Local too', async () => {
    const port = await freePort();
    const { child, output } = start({ PORT: String(port) });
    const url = `http://localhost:${port}`;
    try {
      await waitForHealth(url, child);

      const home = await fetch(`${url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('href="/renovasjon.html"');
      const article = await fetch(`${url}/renovasjon.html`);
      expect(await article.text()).toContain('src="/widget.js"');
      expect((await fetch(`${url}/widget.js`)).status).toBe(200);
      const vote = await fetch(`${url}/v1/sites/demo/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: JSON.stringify({ url: `${url}/`, found: true }),
      });
      expect(vote.status).toBe(201);
      expect(output()).toContain(`${url}/`);
      // Every address it prints (as the README's quick start lists them) answers.
      const printed = [...output().matchAll(/^\s+(?:Demo site|Dashboard|OpenAPI|Health):\s+(\S+)/gm)].map(
        (match) => match[1] as string,
      );
      expect(printed).toEqual([`${url}/`, `${url}/dashboard/`, `${url}/openapi.json`, `${url}/health`]);
      for (const link of printed) expect((await fetch(link)).status, link).toBe(200);
      const dynamoPort = Number(/DynamoDB:\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(output())?.[1]);
      expect(await accepts(dynamoPort)).toBe(true);

      child.kill('SIGINT');

      expect(await exited(child)).toBe(0);
      expect(await accepts(dynamoPort)).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'stops the server and DynamoDB Local when the npm process gets %s',
    async (signal) => {
      const port = await freePort();
      const { child, output } = start({ PORT: String(port) }, 'npm');
      try {
        await waitForHealth(`http://localhost:${port}`, child);
        const dynamoPort = Number(/DynamoDB:\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(output())?.[1]);
        expect(await accepts(dynamoPort)).toBe(true);

        child.kill(signal);

        // Within 5 s: the server and DynamoDB Local both refuse connections.
        const deadline = Date.now() + 5000;
        while (Date.now() < deadline && ((await accepts(port)) || (await accepts(dynamoPort)))) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(await accepts(port)).toBe(false);
        expect(await accepts(dynamoPort)).toBe(false);
      } finally {
        child.kill('SIGKILL');
      }
    },
  );

  it('uses DYNAMODB_ENDPOINT when set and creates the tables there', async () => {
    const endpoint = inject('dynamodbEndpoint');
    const port = await freePort();
    const staffToken = `given-${'t'.repeat(24)}`;
    const { child, output } = start({
      PORT: String(port),
      DYNAMODB_ENDPOINT: endpoint,
      LOCAL_STAFF_TOKEN: staffToken,
    });
    try {
      await waitForHealth(`http://localhost:${port}`, child);
      // A token the developer chose is not printed, and the server is on loopback only.
      expect(output()).toContain('staff token: LOCAL_STAFF_TOKEN');
      expect(output()).not.toContain(staffToken);
      const outside = Object.values(networkInterfaces())
        .flat()
        .find((address) => address && !address.internal && address.family === 'IPv4')?.address;
      expect(await accepts(port)).toBe(true);
      if (outside) expect(await accepts(port, outside)).toBe(false);

      const client = localClient(endpoint);
      const { TableNames = [] } = await client.send(new ListTablesCommand({}));
      client.destroy();
      expect(TableNames).toEqual(expect.arrayContaining(TABLE_LIST.map((t) => `local-${t.id}`)));
      expect(output()).toContain(endpoint);
      expect(output()).not.toContain('DynamoDB Local (in memory)');
    } finally {
      child.kill('SIGINT');
      await exited(child);
    }
  });
});
