/**
 * npm run eval:anonymizer -- <file.jsonl> [--verbose]
 *
 * Masks every case of a labelled corpus and prints recall (hide strings gone) and precision
 * (keep strings kept) per category, with the overall figure as the last line. `--verbose`
 * first lists the cases that leaked or lost something.
 */
import { readFileSync } from 'node:fs';
import { evaluate, formatReport, parseCorpus } from '../shared/anonymizer/evaluate.ts';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('Usage: npm run eval:anonymizer -- <file.jsonl> [--verbose]');
  process.exit(2);
}
const report = evaluate(parseCorpus(readFileSync(file, 'utf8')));
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
