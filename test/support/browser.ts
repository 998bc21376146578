import { type Browser, chromium } from 'playwright-core';

/** Where the browser tests save their screenshots. */
export const SHOTS = 'test-results/e2e';

/** Debian's Chromium, headless, without anything that would reach the internet. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
