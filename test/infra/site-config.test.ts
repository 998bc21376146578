import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '#infra/lambda-function';
import {
  loadSites,
  MAX_SITES_JSON_BYTES,
  parseSites,
  readDeploymentContext,
  toSitesJson,
} from '#infra/site-config';
import { DEFAULT_RECORD_RETENTION_DAYS } from '#shared/retention';

const site = (overrides: Record<string, unknown> = {}) => ({
  id: 'grimstad',
  name: 'Grimstad kommune',
  origins: ['https://www.grimstad.kommune.no'],
  ...overrides,
});

const context =
  (values: Record<string, unknown>) =>
  (key: string): unknown =>
    ({ region: 'eu-north-1', sitesFile: 'config/sites.json', ...values })[key];

describe('site-config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the committed config/sites.json', () => {
    const sites = loadSites('config/sites.json', PROJECT_ROOT);

    expect(sites.length).toBeGreaterThan(0);
  });

  it('fills in the schema defaults and reduces origins to their origin', () => {
    const [parsed] = parseSites(
      JSON.stringify([site({ origins: ['https://www.grimstad.kommune.no/'] })]),
      'test',
    );

    expect(parsed).toEqual({
      ...site(),
      origins: ['https://www.grimstad.kommune.no'],
      languages: ['nb', 'nn', 'en'],
      chatRetentionDays: 21,
    });
  });

  it.each([
    ['duplicate ids', [site(), site()]],
    ['a chat retention over 21 days', [site({ chatRetentionDays: 30 })]],
    ['an unknown field', [site({ secret: 'x' })]],
    ['no sites', []],
  ])('rejects sites with %s, naming the file', (_, sites) => {
    const file = join(dir, 'invalid.json');
    writeFileSync(file, JSON.stringify(sites));

    expect(() => loadSites(file)).toThrow(new RegExp(`${file} does not describe valid sites`));
  });

  it('rejects a file that is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '[{');

    expect(() => loadSites(file)).toThrow(/is not valid JSON/);
  });

  it('rejects a missing file', () => {
    expect(() => loadSites(join(dir, 'missing.json'))).toThrow(/Cannot read the sites file/);
  });

  it('refuses sites too large for a Lambda environment variable', () => {
    const many = Array.from({ length: 40 }, (_, index) => site({ id: `kommune-${index}` }));
    const sites = parseSites(JSON.stringify(many), 'test');

    expect(() => toSitesJson(sites)).toThrow(new RegExp(`at most ${MAX_SITES_JSON_BYTES}`));
    expect(JSON.parse(toSitesJson(sites.slice(0, 1)))).toEqual(sites.slice(0, 1));
  });

  it.each(['eu-north-1', 'eu-west-1', 'eu-central-1'])('accepts the EU/EEA region %s', (region) => {
    expect(readDeploymentContext(context({ region })).region).toBe(region);
  });

  it.each(['us-east-1', 'eu-west-2', 'eu-central-2', undefined])('refuses the region %s', (region) => {
    expect(() => readDeploymentContext(context({ region }))).toThrow(
      /region must be one of the EU\/EEA regions/,
    );
  });

  it('reads the comment retention from context, as the CLI passes it (a string)', () => {
    expect(readDeploymentContext(context({ commentRetentionDays: '30' })).commentRetentionDays).toBe(30);
    expect(readDeploymentContext(context({})).commentRetentionDays).toBe(DEFAULT_RECORD_RETENTION_DAYS);
  });

  it.each(['0', '3651', '1.5', 'many'])('refuses the comment retention %s', (commentRetentionDays) => {
    expect(() => readDeploymentContext(context({ commentRetentionDays }))).toThrow(/commentRetentionDays/);
  });

  it('reads the audit retention, 365 days unless given', () => {
    expect(readDeploymentContext(context({ auditRetentionDays: '90' })).auditRetentionDays).toBe(90);
    expect(readDeploymentContext(context({})).auditRetentionDays).toBe(365);
    expect(() => readDeploymentContext(context({ auditRetentionDays: '0' }))).toThrow(/auditRetentionDays/);
  });

  it('signs staff in with Cognito by default, or with an external issuer and its audience', () => {
    const external = readDeploymentContext(
      context({
        staffIssuer: 'https://login.example.no/tenant/v2.0',
        staffAudience: 'a, b',
        staffGrantsClaim: 'roles',
      }),
    );

    expect(readDeploymentContext(context({})).staffIssuer).toBeUndefined();
    expect(external).toMatchObject({ staffAudience: ['a', 'b'], staffGrantsClaim: 'roles' });
    expect(() => readDeploymentContext(context({ staffIssuer: 'https://login.example.no/t' }))).toThrow(
      /staffAudience/,
    );
    expect(() =>
      readDeploymentContext(context({ staffIssuer: 'http://login.example.no/t', staffAudience: 'a' })),
    ).toThrow(/staffIssuer/);
  });
});
