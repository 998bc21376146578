import { describe, expect, it, vi } from 'vitest';
import { ConfigError, loadDashboardConfig, parseDashboardConfig } from '../../web/dashboard/config.ts';

const ISSUER = 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_abc123';

describe('parseDashboardConfig', () => {
  it('reads the local mode that npm start serves', () => {
    expect(
      parseDashboardConfig({ sites: [{ id: 'demo', name: 'Demo kommune' }], auth: { mode: 'local' } }),
    ).toEqual({
      sites: [{ id: 'demo', name: 'Demo kommune' }],
      auth: { mode: 'local' },
    });
  });

  it('reads the OpenID Connect mode, with the default scope when none is given', () => {
    const config = parseDashboardConfig({
      sites: [
        { id: 'grimstad', name: 'Grimstad kommune' },
        { id: 'arendal', name: 'Arendal kommune' },
      ],
      auth: { mode: 'oidc', issuer: `${ISSUER}/`, clientId: 'client-1' },
    });

    expect(config.sites.map((site) => site.id)).toEqual(['grimstad', 'arendal']);
    expect(config.auth).toEqual({
      mode: 'oidc',
      issuer: ISSUER,
      clientId: 'client-1',
      scope: 'openid email profile',
    });
  });

  it('names a site by its id when it has no name', () => {
    expect(parseDashboardConfig({ sites: [{ id: 'demo' }], auth: { mode: 'local' } }).sites).toEqual([
      { id: 'demo', name: 'demo' },
    ]);
  });

  it.each([
    ['no sites', { sites: [], auth: { mode: 'local' } }],
    ['a bad site id', { sites: [{ id: 'Demo Kommune' }], auth: { mode: 'local' } }],
    ['a repeated site', { sites: [{ id: 'demo' }, { id: 'demo' }], auth: { mode: 'local' } }],
    ['no auth', { sites: [{ id: 'demo' }] }],
    ['an unknown mode', { sites: [{ id: 'demo' }], auth: { mode: 'basic' } }],
    [
      'an issuer over http',
      { sites: [{ id: 'demo' }], auth: { mode: 'oidc', issuer: 'http://idp.example', clientId: 'c' } },
    ],
    [
      'an issuer that is no URL',
      { sites: [{ id: 'demo' }], auth: { mode: 'oidc', issuer: 'cognito', clientId: 'c' } },
    ],
    ['no client id', { sites: [{ id: 'demo' }], auth: { mode: 'oidc', issuer: ISSUER } }],
    [
      'a scope without openid',
      { sites: [{ id: 'demo' }], auth: { mode: 'oidc', issuer: ISSUER, clientId: 'c', scope: 'email' } },
    ],
    ['not an object', 'local'],
  ])('refuses %s', (_case, value) => {
    expect(() => parseDashboardConfig(value)).toThrow(ConfigError);
  });

  it('allows a plain-http issuer on this machine only (a local test issuer)', () => {
    const config = parseDashboardConfig({
      sites: [{ id: 'demo' }],
      auth: { mode: 'oidc', issuer: 'http://localhost:9000/realm', clientId: 'c' },
    });

    expect(config.auth).toMatchObject({ issuer: 'http://localhost:9000/realm' });
  });
});

describe('loadDashboardConfig', () => {
  it('fetches config.json without credentials and parses it', async () => {
    const fetchFn = vi.fn(async () => Response.json({ sites: [{ id: 'demo' }], auth: { mode: 'local' } }));

    const config = await loadDashboardConfig('/dashboard/config.json', fetchFn as unknown as typeof fetch);

    expect(config.sites).toEqual([{ id: 'demo', name: 'demo' }]);
    expect(fetchFn).toHaveBeenCalledWith(
      '/dashboard/config.json',
      expect.objectContaining({ credentials: 'omit' }),
    );
  });

  it('turns a missing file, a network failure or broken JSON into ConfigError', async () => {
    for (const respond of [
      async () => new Response('no', { status: 404 }),
      async () => Promise.reject(new TypeError('Failed to fetch')),
      async () => new Response('{not json'),
    ]) {
      await expect(
        loadDashboardConfig('/dashboard/config.json', vi.fn(respond) as unknown as typeof fetch),
      ).rejects.toBeInstanceOf(ConfigError);
    }
  });
});
