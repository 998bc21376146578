/**
 * The shape of an intent set, for a set that arrives as data (a site's own JSON, the bench's
 * sets): validated and given its defaults by `parseIntentSet`. The built-in set in intents.ts is
 * code, checked against this schema by its tests, so no Lambda function parses it at import.
 */
import * as z from 'zod/mini';
import { tokenize } from './normalize.ts';
import { FALLBACK_INTENT, INTENT_NAME_PATTERN, MAX_REPLY_LENGTH } from './ports.ts';

const answerText = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_REPLY_LENGTH));

const titleText = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));

/** One text in each of the service's languages; nynorsk is written as nynorsk, not copied. */
const localizedSchema = z.strictObject({ nb: answerText, nn: answerText, en: answerText });
export type Localized = z.output<typeof localizedSchema>;

/**
 * An example is a word or a phrase. A word of four letters or more is a stem that also
 * matches longer words ("barnehage" matches "barnehagen" and "barnehageplass"); shorter
 * words match exactly. A phrase matches when its words come in order, a couple of words
 * apart at most, and weighs more than single words.
 */
const exampleSchema = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(200),
  z.refine((example) => tokenize(example).length > 0, 'an example needs at least one word'),
);

const intentSchema = z.strictObject({
  name: z.string().check(
    z.regex(INTENT_NAME_PATTERN),
    z.refine((name) => name !== FALLBACK_INTENT, `"${FALLBACK_INTENT}" is the set's own fallback`),
  ),
  /** What editors read for the intent in the dashboard and its CSV files: a topic, not a code name. */
  title: z.strictObject({ nb: titleText, nn: titleText, en: titleText }),
  examples: z.array(exampleSchema).check(z.minLength(1), z.maxLength(500)),
  answer: localizedSchema,
  /**
   * Multiplies the intent's score. Small talk ("hei", "takk") weighs less so that
   * "Hei, når tømmes søppelet?" is about waste, while a bare "hei" is still a greeting.
   */
  weight: z._default(z.number().check(z.positive(), z.maximum(10)), 1),
});
export type Intent = z.output<typeof intentSchema>;

/**
 * A site's intents as plain data, so that a municipality can bring its own as JSON.
 * Ties go to the intent listed first, so list the specific topics before the broad ones.
 */
const intentSetSchema = z.strictObject({
  /** The first message of every conversation. */
  greeting: localizedSchema,
  /** The answer when no intent reaches `minScore`. */
  fallback: localizedSchema,
  /** The score an intent needs to be answered: one matched word scores its intent's weight. */
  minScore: z._default(z.number().check(z.positive()), 0.5),
  intents: z.array(intentSchema).check(
    z.minLength(1),
    z.maxLength(200),
    z.refine(
      (intents) => new Set(intents.map((intent) => intent.name)).size === intents.length,
      'intent names must be unique',
    ),
  ),
});
export type IntentSet = z.output<typeof intentSetSchema>;
/** An intent set as written in JSON, where `weight` and `minScore` may be left out. */
export type IntentSetInput = z.input<typeof intentSetSchema>;

/** Parses a site's intent set from its JSON form; throws a `ZodError` when it is invalid. */
export function parseIntentSet(json: unknown): IntentSet {
  return intentSetSchema.parse(json);
}
