/**
 * Writes the privacy-statement section (or, with `--record`, the GDPR Art. 30 record entry)
 * for one site, from the deployment's configuration (cdk.json's context, overridden by
 * `-c key=value` as with the CDK CLI) and the anonymizer's rule set:
 *
 *   npm run privacy-statement -- --site grimstad --lang nn [--record] [-c chatRetentionDays=14] [--out file.md]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cdkJsonContext } from '../infra/app.ts';
import { PROJECT_ROOT } from '../infra/lambda-function.ts';
import { deploymentPrivacyFacts } from '../infra/privacy/facts.ts';
import { privacyStatement, processingRecord } from '../infra/privacy/statement.ts';
import { readDeploymentConfig } from '../infra/site-config.ts';
import { LANGUAGES, type Language } from '../shared/languages.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    lang: { type: 'string', default: 'nb' },
    record: { type: 'boolean', default: false },
    context: { type: 'string', short: 'c', multiple: true, default: [] },
    out: { type: 'string' },
  },
});

const lang = values.lang as Language;
if (!values.site || !LANGUAGES.includes(lang)) {
  console.error(
    'Usage: npm run privacy-statement -- --site <id> [--lang nb|nn|en] [--record] [-c key=value] [--out file]',
  );
  process.exit(2);
}
const context: Record<string, unknown> = { ...cdkJsonContext() };
for (const pair of values.context) {
  const at = pair.indexOf('=');
  if (at < 1) throw new Error(`-c takes key=value, not "${pair}"`);
  context[pair.slice(0, at)] = pair.slice(at + 1);
}
const config = readDeploymentConfig((key) => context[key], PROJECT_ROOT);
const facts = deploymentPrivacyFacts(config, values.site);
const text = values.record ? processingRecord(facts, lang) : privacyStatement(facts, lang);
if (values.out) writeFileSync(values.out, text);
else process.stdout.write(text);
