/**
 * npm run build:anonymizer-data
 *
 * Writes `shared/anonymizer/data/packed.ts` from the readable word lists in
 * `shared/anonymizer/data/`, `lexicons/` and `vocabulary/`, so that the Lambda bundles carry one
 * compressed string instead of thousands of string literals. Run it after editing a list (and
 * after `npm run build:gazetteer`); a unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPacked } from '../shared/anonymizer/data/pack-source.ts';

const target = fileURLToPath(new URL('../shared/anonymizer/data/packed.ts', import.meta.url));
const file = renderPacked();
writeFileSync(target, file);
console.log(`wrote ${target} (${file.length} bytes)`);
