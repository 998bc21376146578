import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '#infra/lambda-function';
import { bundle } from '../../bench/bundle.ts';

/**
 * The anonymizer as a Lambda function runs it: bundled with the Lambda settings, in which
 * esbuild writes a pattern literal with `\p{…}` as `new RegExp(…)`. Inside a function, such a
 * literal would build a new expression on every call; warm, masking must build none.
 */
type Mask = (text: string, options?: { ownNames?: readonly string[] }) => { text: string };

let mask: Mask;

beforeAll(async () => {
  // Bundled as CDK and the bench bundle a function (bench/bundle.ts), under a name of its own.
  const { path } = await bundle(PROJECT_ROOT, 'anonymizer-unit-test', 'shared/anonymizer/anonymizer.ts');
  ({ mask } = (await import(pathToFileURL(path).href)) as { mask: Mask });
});

/** Texts that reach every recognizer: names, places, own names, health, origin, numbers, addresses. */
const TEXTS = [
  'Hei, jeg heter Kari Nordmann og bor i Storgata 15, 4876 Grimstad. Ring 912 34 567.',
  'Sønnen min Emil har diabetis; mora bur på sjøholt og er gambisk. Mvh Per Olav',
  'Eg er medlem i Norsk Sjukepleiarforbund, røystar på Raudt og er homofil.',
  'Kurs for Frida-kommune om demens, bare for kvinner; skriv til kari@example.no.',
  'My Eritrean husband lives at 12 Kings Road, coordinates 58.34 N, IP 10.0.0.1.',
];

/** How many times `run` builds a regular expression with the RegExp constructor. */
function regExpsBuiltBy(run: () => void): number {
  const original = globalThis.RegExp;
  let built = 0;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      built++;
      return new target(...args);
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      built++;
      return target(...args);
    },
  });
  try {
    run();
  } finally {
    globalThis.RegExp = original;
  }
  return built;
}

describe('the anonymizer as bundled for Lambda', () => {
  it('masks as the source does', () => {
    expect(mask(TEXTS[0] as string).text).toContain('[navn]');
  });

  it('builds no regular expression while masking once warm', () => {
    const maskAll = () => {
      for (const text of TEXTS) mask(text, { ownNames: ['Frida'] });
    };
    maskAll();
    expect(regExpsBuiltBy(maskAll)).toBe(0);
  });
});
