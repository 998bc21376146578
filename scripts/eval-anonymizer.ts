/**
 * npm run eval:anonymizer [-- <file.jsonl> ...] [--verbose]
 *
 * Masks every case of each labelled corpus and prints recall (hide strings gone) and precision
 * (keep strings kept) per category, with the overall figure as the last line. Without files it
 * reads every corpus in test/fixtures/anonymizer/. `--verbose` first lists the cases that
 * leaked or lost something.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, formatReport, parseCorpus } from '../shared/anonymizer/evaluate.ts';

const args = process.argv.slice(2);
const fixtures = fileURLToPath(new URL('../test/fixtures/anonymizer/', import.meta.url));
const named = args.filter((arg) => !arg.startsWith('--'));
const files =
  named.length > 0
    ? named
    : readdirSync(fixtures)
        .filter((name) => name.endsWith('.jsonl'))
        .sort()
        .map((name) => `${fixtures}${name}`);

for (const file of files) {
  const report = evaluate(parseCorpus(readFileSync(file, 'utf8')));
  console.log(`\n${file.replace(fixtures, 'test/fixtures/anonymizer/')}`);
  if (args.includes('--verbose')) {
    for (const r of report.results) {
      if (r.leaked.length === 0 && r.lost.length === 0) continue;
      const what = [
        r.leaked.length ? `leaked ${JSON.stringify(r.leaked)}` : '',
        r.lost.length ? `lost ${JSON.stringify(r.lost)}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      console.log(`${r.case.cat}: ${JSON.stringify(r.masked)} — ${what}`);
    }
    console.log('');
  }
  console.log(formatReport(report));
}
