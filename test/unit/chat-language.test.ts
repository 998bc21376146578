import { describe, expect, it } from 'vitest';
import { tokenize } from '#shared/chat/bot/normalize';
import { postMessageSchema } from '#shared/chat/conversation';
import { detectLanguage, LANGUAGE_MARKERS } from '#shared/chat/language';
import { LANGUAGES } from '#shared/languages';

const detect = (text: string) => detectLanguage(tokenize(text));

/** Questions a resident could ask, written for this test; none is a list of marker words. */
const WRITTEN = {
  nn: [
    'Korleis søkjer eg om plass i barnehagen?',
    'Kva tid blir bosset henta i gata vår?',
    'Eg lurer på kor mykje eigedomsskatten er i år.',
    'Kven kan eg snakke med om byggjesaka mi?',
    'Har de ope på laurdag, eller berre i vekedagane?',
    'Dottera mi treng skyss til skulen, kven skal eg kontakte?',
    'Eg fekk ikkje svar på søknaden min.',
    'Kvifor er det så lang ventetid?',
  ],
  nb: [
    'Hvordan søker jeg om plass i barnehagen?',
    'Jeg lurer på hvor mye eiendomsskatten er i år.',
    'Hvem kan jeg snakke med om byggesaken min?',
    'Har dere åpent på lørdag, eller bare på hverdager?',
    'Datteren min trenger skyss til skolen, hvem skal jeg kontakte?',
    'Jeg fikk ikke svar på søknaden min.',
    'Hvorfor er det så lang ventetid?',
  ],
  en: [
    'How do I apply for a kindergarten place?',
    'When is the rubbish collected on my street?',
    'Who can I talk to about my building application?',
    'Are you open on Saturday?',
    'What are the opening hours of the town hall?',
    'My daughter needs transport to school, who should I contact?',
    'I did not get an answer to my application.',
  ],
} as const;

describe('detectLanguage', () => {
  it.each(LANGUAGES.flatMap((lang) => WRITTEN[lang].map((text) => ({ lang, text }))))(
    'reads $text as $lang',
    ({ lang, text }) => {
      expect(detect(text)).toBe(lang);
    },
  );

  it('reads a long question by the words of its standard, typed with or without æøå', () => {
    const nynorsk =
      'Eg har ikkje fått svar frå kommunen enno, og eg veit ikkje kva eg skal gjere no. '.repeat(20);

    expect(detect(nynorsk.slice(0, 2000))).toBe('nn');
    expect(detect('Korleis sokjer eg om barnehageplass? Kva kostar det?')).toBe('nn');
    expect(detect('Hvor mye koster eiendomsskatten, og nar ma jeg betale?')).toBe('nb');
  });

  it.each([
    'hei',
    'Hei!',
    'takk',
    'Tusen takk!',
    'Takk for hjelpa',
    'hallo?',
    'Thanks',
    'barnehage',
    'eigedomsskatt',
    'parkering',
    'ok',
    '???',
    '12345',
    'Kan du hjelpe meg?',
  ])('does not tell from the short or shared %j', (text) => {
    expect(detect(text)).toBeUndefined();
  });

  it.each([
    '[navn] [nummer]',
    'Ring meg på [nummer], [navn]',
    '[e-post] [nummer] [adresse] [fødselsnummer]',
    'Takk, [navn]!',
  ])('does not tell from the masked text %j', (text) => {
    expect(detect(text)).toBeUndefined();
  });

  it('is not flipped by one word of the other standard', () => {
    // A nynorsk topic word in a question with no other telling word, and the other way round.
    expect(detect('Når er opningstidene?')).toBeUndefined();
    expect(detect('Er det mulig å få hjelp?')).toBeUndefined();
    // A question in one standard with one word of the other keeps its own.
    expect(detect('Hvordan søker jeg, og kva kostar plassen i barnehagen hvis jeg får den?')).toBe('nb');
    expect(detect('Korleis søkjer eg om plass, og hva koster det om eg får plassen?')).toBe('nn');
  });

  it('does not pick a side when the standards are mixed evenly', () => {
    expect(detect('Eg lurer på noko: hvordan søker jeg?')).toBeUndefined();
    expect(detect('Kva er dette? What is this?')).toBeUndefined();
  });

  it('has lists in which every marker is one word and no two languages share one', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];

    for (const lang of LANGUAGES) {
      const { strong, typical } = LANGUAGE_MARKERS[lang];
      for (const marker of [...strong, ...typical]) {
        const keys = tokenize(marker);
        expect(keys, marker).toHaveLength(1);
        const key = keys[0] as string;
        const other = owner.get(key);
        if (other && other !== lang) shared.push(`${marker} (${lang}) = ${key} (${other})`);
        owner.set(key, lang);
      }
    }

    expect(shared).toEqual([]);
  });
});

describe('postMessageSchema', () => {
  it.each(LANGUAGES)('takes a question with the chosen language %s', (lang) => {
    expect(postMessageSchema.parse({ text: 'hei', lang })).toEqual({ text: 'hei', lang });
  });

  it('takes a question without a language', () => {
    expect(postMessageSchema.parse({ text: 'hei' })).toEqual({ text: 'hei' });
  });

  it.each([
    ['a language the service does not speak', { text: 'hei', lang: 'sv' }],
    ['a language in capitals', { text: 'hei', lang: 'NB' }],
    ['a language that is not a string', { text: 'hei', lang: 1 }],
    ['an empty language', { text: 'hei', lang: '' }],
    ['a field besides text and lang', { text: 'hei', lang: 'nb', locale: 'nb-NO' }],
  ])('rejects %s', (_name, body) => {
    expect(postMessageSchema.safeParse(body).success).toBe(false);
  });
});
