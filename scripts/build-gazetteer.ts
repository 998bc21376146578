/**
 * npm run build:gazetteer
 *
 * Writes `shared/anonymizer/data/places.ts` from two MIT-licensed data packages, so that the
 * Lambda bundles carry only the names (not the packages' code and codes):
 *   - norway-postal-codes (Sindre Sorhus): Norway's postal places;
 *   - i18n-iso-countries: country names in bokmål, nynorsk and English.
 * A unit test checks that the file is what this script would write.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPlaces } from '../shared/anonymizer/data/gazetteer-source.ts';

const target = fileURLToPath(new URL('../shared/anonymizer/data/places.ts', import.meta.url));
writeFileSync(target, await renderPlaces());
console.log(`wrote ${target}`);
