import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BROWSER_BUNDLES, bundleBrowserEntry } from '../../web/build.ts';

/** What every page with the widgets downloads, and what the chat window adds on its first opening. */
const BUDGETS = [
  { path: '/widget.js', bytes: 4096, label: '4 KB' },
  { path: '/chat.js', bytes: 15360, label: '15 KB' },
] as const;

describe.each(BUDGETS)('$path', ({ path, bytes, label }) => {
  it(`is at most ${label} gzipped, as built for visitors`, () => {
    const bundle = BROWSER_BUNDLES.find((b) => b.path === path);
    expect(bundle).toBeDefined();

    const gzipped = gzipSync(bundleBrowserEntry(bundle?.entry ?? '')).byteLength;

    expect(gzipped).toBeLessThanOrEqual(bytes);
  });
});
