import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES, browserCounterLabel } from '#shared/chat/browser';
import { describeClient, PARSED_USER_AGENT_LENGTH } from '#shared/chat/user-agent';

const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

describe('describeClient', () => {
  it.each([
    [CHROME_WINDOWS, 'desktop', 'Chrome 142', 'Chrome'],
    [
      'Mozilla/5.0 (X11; Linux x86_64; rv:147.0) Gecko/20100101 Firefox/147.0',
      'desktop',
      'Firefox 147',
      'Firefox',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
      'desktop',
      'Safari 18',
      'Safari',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      'desktop',
      'Microsoft Edge 131',
      'Microsoft Edge',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
      'mobile',
      'Safari 18',
      'Safari',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      'mobile',
      'Chrome 131',
      'Chrome',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
      'mobile',
      'Samsung Internet 25',
      'Samsung Internet',
    ],
    [
      'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      'tablet',
      'Safari 17',
      'Safari',
    ],
    [
      'Mozilla/5.0 (Linux; Android 10; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/120.3.1 like Chrome/120.0.6099.230 Safari/537.36',
      'tablet',
      'Silk 120',
      'Silk',
    ],
  ])('reduces %s to platform and browser major version', (ua, platform, browser, browserName) => {
    expect(describeClient(ua)).toEqual({ platform, browser, browserName });
  });

  it('answers unknown when there is no User-Agent', () => {
    expect(describeClient(undefined)).toEqual({
      platform: 'unknown',
      browser: 'unknown',
      browserName: 'unknown',
    });
    expect(describeClient('')).toEqual({ platform: 'unknown', browser: 'unknown', browserName: 'unknown' });
  });

  it.each([
    'EvilBot/1.0 kari@example.no',
    'Kari Nordmann 91234567/2.0 (Linux)',
    'constructor/1.0',
    '__proto__/1.0',
    'toString/2.0 (x)',
    'curl/8.4.0',
    '<script>alert(1)</script> 12345678901',
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  ])('counts %j as other and never echoes the header', (ua) => {
    const client = describeClient(ua);

    expect(client.browser).toBe('other');
    expect(client.browserName).toBe('other');
    expect(JSON.stringify(client)).not.toMatch(
      /Evil|kari|Kari|91234567|proto|constructor|script|12345678901|bot/i,
    );
  });

  it('keeps a listed name from a header that also carries free text, but none of the text', () => {
    const client = describeClient(
      'Mozilla/5.0 (X11; Linux x86_64) Firefox/147.0 kari@example.no Kari Nordmann',
    );

    expect(client.browser).toBe('Firefox 147');
    expect(JSON.stringify(client)).not.toMatch(/kari|Nordmann/i);
  });

  it('keeps the major version only when it has one to three digits', () => {
    expect(describeClient('Mozilla/5.0 (X11; Linux x86_64) Firefox/99999.0').browser).toBe('Firefox');
    expect(describeClient('Mozilla/5.0 (X11; Linux x86_64) Firefox/12345678901.0').browser).toBe('Firefox');
    expect(describeClient('Mozilla/5.0 (X11; Linux x86_64) Firefox/007.1').browser).toBe('Firefox 7');
    expect(describeClient('Mozilla/5.0 (X11; Linux x86_64) Firefox/beta').browser).toBe('Firefox');
  });

  // Its cost is timed in `npm run bench` ("User-Agent of 11 000 chars").
  it('reduces an 11 000-character User-Agent to a listed name or other', () => {
    const free = `EvilBot/1.0 ${'kari@example.no '.repeat(700)}`.slice(0, 11_000);
    const long = `${CHROME_WINDOWS} ${'kari@example.no '.repeat(700)}`.slice(0, 11_000);

    const described = [describeClient(free), describeClient(long), describeClient('A'.repeat(11_000))];

    expect(described.map((client) => client.browser)).toEqual(['other', 'Chrome 142', 'other']);
    for (const client of described) expect(JSON.stringify(client).length).toBeLessThan(100);
  });

  it('reads only the start of a padded User-Agent, and no token cut in half', () => {
    const padding = (length: number) => 'x'.repeat(length);
    // The browser's own token past what is parsed is not read.
    const late = `EvilBot/1.0 ${padding(PARSED_USER_AGENT_LENGTH)} ${CHROME_WINDOWS}`;
    // "Firefox/147.0" straddles the end of what is parsed: it is dropped whole, not read as "Firefox 14".
    const before = `Mozilla/5.0 (X11; Linux x86_64) ${padding(PARSED_USER_AGENT_LENGTH - 36)}`;
    const straddling = `${before} Firefox/147.0`;
    // A space-free header is cut at the limit.
    const unspaced = `Firefox/147.0${padding(20_000)}`;

    expect(before.length + ' Firefox/14'.length).toBeGreaterThan(PARSED_USER_AGENT_LENGTH);
    expect(before.length).toBeLessThan(PARSED_USER_AGENT_LENGTH);
    expect(describeClient(late).browser).toBe('other');
    expect(describeClient(`${CHROME_WINDOWS} ${padding(20_000)}`).browser).toBe('Chrome 142');
    expect(describeClient(straddling).browser).not.toMatch(/Firefox/);
    expect(describeClient(`${before.slice(0, -20)} Firefox/147.0`).browser).toBe('Firefox 147');
    expect(describeClient(unspaced).browserName).toBe('Firefox');
  });

  it('only ever names a browser from the list, other or unknown', () => {
    const uas = Array.from(
      { length: 200 },
      (_, i) => `Made-Up-${i} Browser/${i}.0 (${i}; visitor-${i}@example.no)`,
    );
    const labels = new Set<string>([...BROWSER_NAMES, 'other', 'unknown']);

    for (const ua of uas) expect(labels.has(describeClient(ua).browserName)).toBe(true);
  });
});

describe('browserCounterLabel', () => {
  it('keeps the labels counters are written with', () => {
    expect(browserCounterLabel('Firefox')).toBe('Firefox');
    expect(browserCounterLabel('Samsung Internet')).toBe('Samsung Internet');
    expect(browserCounterLabel('other')).toBe('other');
    expect(browserCounterLabel('unknown')).toBe('unknown');
  });

  it('counts an older `<name> <major>` counter under its name, and any other text as other', () => {
    expect(browserCounterLabel('Firefox 147')).toBe('Firefox');
    expect(browserCounterLabel('Samsung Internet for Android 25')).toBe('Samsung Internet');
    expect(browserCounterLabel('EvilBot kari@example.no 1')).toBe('other');
    expect(browserCounterLabel('constructor')).toBe('other');
  });
});
