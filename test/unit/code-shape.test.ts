import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, JOBS } from '#infra/functions';
import { PROJECT_ROOT } from '#infra/lambda-function';

/** Every TypeScript file below the project's source folders. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(relative(PROJECT_ROOT, path));
    }
  };
  for (const dir of ['shared', 'functions', 'infra', 'web', 'bench', 'scripts', 'test'])
    walk(join(PROJECT_ROOT, dir));
  return files;
}

const ENTRIES = [...Object.values(FUNCTIONS), ...Object.values(JOBS)].map((definition) => definition.entry);
const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');

describe('the shape of every capability', () => {
  it.each(ENTRIES)('keeps the handler %s within 40 lines', (entry) => {
    expect(read(entry).trimEnd().split('\n').length).toBeLessThanOrEqual(40);
  });

  it.each(ENTRIES)('builds %s from its folder’s one composition root', (entry) => {
    const imports = [...read(entry).matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]);
    expect(imports).toEqual(['./deps.ts']);
  });

  it('has a deps.ts in every function folder and nothing there but handlers and roots', () => {
    const folders = new Set(ENTRIES.map((entry) => dirname(entry)));
    for (const folder of folders) {
      const files = readdirSync(join(PROJECT_ROOT, folder)).sort();
      const handlers = ENTRIES.filter((entry) => dirname(entry) === folder).map((e) =>
        e.slice(folder.length + 1),
      );
      expect(files).toEqual([...handlers, 'deps.ts'].sort());
    }
  });

  it('builds and parses storage keys in the keys modules only', () => {
    // The prefixes, spelt in parts so that this file does not match itself.
    const prefixes = [
      'FB',
      'CHAT',
      'CONV',
      'MSG',
      'DAY',
      'VOTE',
      'RECHECK',
      'SALT',
      'AUDIT',
      'JOB',
      'MASKED',
    ];
    const literal = new RegExp(`['\`](${prefixes.join('|')})${'#'}`);
    const offending = sourceFiles().filter(
      (file) => !file.startsWith('shared/adapters/dynamodb/keys/') && literal.test(read(file)),
    );
    expect(offending).toEqual([]);
  });
});
