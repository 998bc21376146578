import { describe, expect, it } from 'vitest';
import { describeClient } from '#shared/chat/user-agent';

describe('describeClient', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:147.0) Gecko/20100101 Firefox/147.0', 'desktop', 'Firefox 147'],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      'desktop',
      'Microsoft Edge 131',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
      'mobile',
      'Safari 18',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      'mobile',
      'Chrome 131',
    ],
    [
      'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      'tablet',
      'Safari 17',
    ],
  ])('reduces %s to platform and browser major version', (ua, platform, browser) => {
    expect(describeClient(ua)).toEqual({ platform, browser });
  });

  it.each([undefined, '', 'curl/8.4.0', '<script>alert(1)</script> 12345678901'])(
    'answers unknown for %j and never echoes the header',
    (ua) => {
      const client = describeClient(ua);
      expect(client.platform).toBe('unknown');
      expect(JSON.stringify(client)).not.toMatch(/script|12345678901/);
    },
  );
});
