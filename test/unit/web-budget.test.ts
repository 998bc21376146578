import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BROWSER_BUNDLES, bundleBrowserEntry } from '../../web/build.ts';

const WIDGET_BUDGET_BYTES = 4096;

describe('widget.js', () => {
  it('is at most 4 KB gzipped, as built for visitors', () => {
    const bundle = BROWSER_BUNDLES.find((b) => b.path === '/widget.js');
    expect(bundle).toBeDefined();

    const gzipped = gzipSync(bundleBrowserEntry(bundle?.entry ?? '')).byteLength;

    expect(gzipped).toBeLessThanOrEqual(WIDGET_BUDGET_BYTES);
  });
});
