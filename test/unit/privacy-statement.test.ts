import { describe, expect, it } from 'vitest';
import { CATEGORY_PRIORITY } from '#shared/anonymizer/categories';
import { LANGUAGES } from '#shared/languages';
import { MAX_CHAT_RETENTION_DAYS, VOTE_KEPT_DAYS } from '#shared/retention';
import { cdkJsonContext } from '../../infra/app.ts';
import { JOBS } from '../../infra/functions.ts';
import { PROJECT_ROOT } from '../../infra/lambda-function.ts';
import { deploymentPrivacyFacts } from '../../infra/privacy/facts.ts';
import { statementHtml } from '../../infra/privacy/html.ts';
import { scheduleHours } from '../../infra/privacy/service-facts.ts';
import { type PrivacyFacts, privacyStatement, processingRecord } from '../../infra/privacy/statement.ts';
import { readDeploymentConfig } from '../../infra/site-config.ts';

/** The facts of the repository's own deployment (cdk.json, config/sites.json), with context overrides. */
function facts(overrides: Record<string, unknown> = {}, site = 'grimstad'): PrivacyFacts {
  const context: Record<string, unknown> = { ...cdkJsonContext(), ...overrides };
  return deploymentPrivacyFacts(
    readDeploymentConfig((key) => context[key], PROJECT_ROOT),
    site,
  );
}

describe('the privacy statement and the Art. 30 record, from the configuration', () => {
  it('takes every figure from the deployment and the rule set', () => {
    const f = facts();
    expect(f).toMatchObject({
      siteName: 'Grimstad kommune',
      chatRetentionDays: MAX_CHAT_RETENTION_DAYS,
      voteKeptDays: VOTE_KEPT_DAYS,
      recheckHours: scheduleHours(JOBS.anonymizeChat.schedule),
      where: { kind: 'aws', region: 'eu-north-1' },
      staffSignIn: { kind: 'cognito' },
    });
    expect(f.categories).toEqual(CATEGORY_PRIORITY);
  });

  it.each(LANGUAGES)('names every masked category and every retention in %s', (lang) => {
    const f = facts({ commentRetentionDays: '90', auditRetentionDays: '400' });
    for (const text of [privacyStatement(f, lang), processingRecord(f, lang)]) {
      expect(text).toMatch(/\b21\b/);
      expect(text).toMatch(/\b90\b/);
      expect(text).toMatch(/\b400\b/);
      // No value the facts lack.
      expect(text).not.toMatch(/undefined|NaN|\bnull\b|\[object/);
    }
  });

  it('changes with the chat retention of the site', () => {
    const shorter = { ...facts(), chatRetentionDays: 7 };
    expect(privacyStatement(shorter, 'nb')).toContain('slettes automatisk etter 7 dager');
    expect(privacyStatement(shorter, 'nn')).toContain('blir sletta automatisk etter 7 dagar');
    expect(privacyStatement(shorter, 'en')).toContain('deleted automatically after 7 days');
    expect(privacyStatement(facts(), 'nb')).toContain('slettes automatisk etter 21 dager');
  });

  it('changes with the retention of comments and of the audit trail given as context', () => {
    const text = privacyStatement(facts({ commentRetentionDays: '30', auditRetentionDays: '180' }), 'nb');
    expect(text).toContain('med kommentar etter 30 dager');
    expect(text).toContain('slettes etter 180 dager');
  });

  it('changes with the region, and a region outside the EU/EEA is refused before any text', () => {
    expect(privacyStatement(facts({ region: 'eu-west-1' }), 'nb')).toContain('datasenterregionen Irland');
    expect(privacyStatement(facts(), 'en')).toContain('region Stockholm, Sweden');
    expect(() => facts({ region: 'us-east-1' })).toThrow(/EU\/EEA/);
  });

  it('changes with the languages the site speaks', () => {
    const one = { ...facts(), languages: ['nn'] as const };
    expect(privacyStatement(one, 'nb')).toContain('fungerer på nynorsk, uten innlogging');
    expect(privacyStatement(facts(), 'nb')).toContain('fungerer på bokmål, nynorsk og engelsk');
  });

  it('lists exactly the categories of the rule set', () => {
    const without = { ...facts(), categories: CATEGORY_PRIORITY.filter((c) => c !== 'union') };
    expect(privacyStatement(facts(), 'nb')).toContain('fagforeningsmedlemskap');
    expect(privacyStatement(without, 'nb')).not.toContain('fagforeningsmedlemskap');
    expect(processingRecord(without, 'en')).not.toContain('trade union');
  });

  it('names the staff sign-in the deployment uses', () => {
    const external = facts({
      staffIssuer: 'https://login.microsoftonline.com/tenant-id/v2.0',
      staffAudience: 'client-id',
    });
    expect(privacyStatement(external, 'nb')).toContain(
      'kommunens egen pålogging (login.microsoftonline.com)',
    );
    expect(privacyStatement(facts(), 'nb')).toContain('egen brukerkonto for tjenesten');
  });

  it('says a local demo keeps its data on the machine, and has no processor', () => {
    const local: PrivacyFacts = { ...facts(), where: { kind: 'local' }, staffSignIn: { kind: 'local' } };
    expect(privacyStatement(local, 'en')).toContain('This is a local demo');
    expect(processingRecord(local, 'en')).toContain('**Recipients:** none (local demo)');
    // A local demo speaks plain HTTP to a DynamoDB Local in memory: no claim of encryption.
    expect(processingRecord(local, 'en')).not.toContain('TLS');
    expect(processingRecord(facts(), 'en')).toContain('encrypted transfer (TLS) and storage');
    expect(processingRecord(local, 'nn')).not.toContain('TLS');
  });

  it('keeps the site name as written inside the title of the record', () => {
    expect(processingRecord(facts(), 'nn').split('\n')[0]).toBe(
      '## Protokoll over behandlingsaktivitetar (GDPR art. 30): tilbakemeldingsknappen og chatboten på nettstaden til Grimstad kommune',
    );
    expect(processingRecord(facts(), 'en').split('\n')[0]).toContain('(GDPR Art. 30): the feedback button');
    expect(processingRecord(facts(), 'en').split('\n')[0]).toContain('Grimstad kommune');
  });

  it('says that the edge counts requests per IP, only when it is deployed', () => {
    expect(privacyStatement(facts(), 'nb')).toContain(
      'teller brannmuren foran tjenesten (AWS WAF) forespørsler per IP-adresse',
    );
    expect(privacyStatement(facts(), 'en')).toContain('It keeps no log of the addresses.');
    expect(privacyStatement(facts({ edge: 'false' }), 'nb')).not.toContain('AWS WAF');
  });

  it('refuses a site the configuration does not have', () => {
    expect(() => facts({}, 'atlantis')).toThrow(/No site "atlantis"/);
  });

  it('reads rate schedules in hours', () => {
    expect(scheduleHours('rate(1 hour)')).toBe(1);
    expect(scheduleHours('rate(30 minutes)')).toBe(0.5);
    expect(scheduleHours('rate(2 days)')).toBe(48);
    expect(() => scheduleHours('cron(0 * * * ? *)')).toThrow();
  });
});

describe('statementHtml', () => {
  it('turns the statement into headings, paragraphs and lists, escaping every text', () => {
    const f = { ...facts(), siteName: 'Demo <kommune> & co' };
    const html = statementHtml(privacyStatement(f, 'nb'));
    expect(html).toMatch(
      /^<h2>Tilbakemeldingsknappen og chatboten på nettstedet til Demo &lt;kommune&gt; &amp; co<\/h2>/,
    );
    expect(html).toContain('<h3>Hva vi lagrer</h3>\n<ul>\n  <li><strong>Tilbakemelding:</strong>');
    expect(html).toContain('<p>Før noe lagres, erstattes');
    expect(html).not.toMatch(/<script|\*\*|^- /m);
    expect(html.match(/<h3>/g)).toHaveLength(privacyStatement(f, 'nb').match(/^### /gm)?.length ?? -1);
    expect(html.match(/<h3>/g)?.length).toBeGreaterThanOrEqual(6);
  });
});
