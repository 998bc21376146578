import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_LABELS, mask } from '#shared/anonymizer/anonymizer';
import { textDocument } from '#shared/anonymizer/document';
import type { Finding, Recognizer } from '#shared/anonymizer/recognizer';
import { mergeFindings } from '#shared/anonymizer/recognizer';
import { emailAddresses } from '#shared/anonymizer/recognizers/email';
import { RECOGNIZERS } from '#shared/anonymizer/recognizers/index';
import { medicalTerms } from '#shared/anonymizer/recognizers/medical-terms';
import { personNames } from '#shared/anonymizer/recognizers/names';
import { longNumbers } from '#shared/anonymizer/recognizers/number';
import { originAdjectives } from '#shared/anonymizer/recognizers/origin';
import { personalPlaces } from '#shared/anonymizer/recognizers/places';
import { specialCategoryWords } from '#shared/anonymizer/recognizers/special-categories';
import { tolerantWords } from '#shared/anonymizer/recognizers/tolerant';

/** What one recognizer alone finds in a text, as the substrings it found. */
const found = (recognizer: Recognizer, text: string, ownNames: string[] = []) =>
  recognizer
    .find(textDocument(text), { ownNames })
    .filter((item): item is Finding => 'category' in item)
    .map((f) => text.slice(f.start, f.end));

const masked = (text: string) => mask(text, { ownNames: ['Frida'] }).text;

/** The two tables of one recognizer: texts with what it must find, and texts where it finds nothing. */
function recognizerTables(
  recognizer: Recognizer,
  tables: { finds: string; cases: [string, string[]][]; keeps: string; ordinary: string[] },
) {
  it.each(tables.cases)(`${tables.finds} %j`, (text, words) => {
    expect(found(recognizer, text)).toEqual(words);
  });
  it.each(tables.ordinary)(`${tables.keeps} %j`, (text) => {
    expect(found(recognizer, text)).toEqual([]);
  });
}

describe('the recognizer registry', () => {
  it('registers every recognizer once, each with a name', () => {
    const names = RECOGNIZERS.map((r) => r.name);

    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => name.length > 0)).toBe(true);
  });
});

describe('mergeFindings', () => {
  it('drops a finding inside an allowance for its category, and keeps one of another category', () => {
    const merged = mergeFindings([
      { start: 0, end: 5, category: 'name' },
      { start: 0, end: 5, category: 'health' },
      { start: 0, end: 11, allow: ['name'] },
    ]);

    expect(merged).toEqual([{ start: 0, end: 5, category: 'health' }]);
  });

  it('lets the earliest and longest of overlapping findings win and extends it over the rest', () => {
    const merged = mergeFindings([
      { start: 4, end: 9, category: 'location' },
      { start: 0, end: 6, category: 'name' },
      { start: 0, end: 3, category: 'health' },
    ]);

    expect(merged).toEqual([{ start: 0, end: 9, category: 'name' }]);
  });
});

describe('person names', () => {
  recognizerTables(personNames, {
    finds: 'finds the names in',
    cases: [
      ['Hei, jeg heter Kari Nordmann og lurer på noe', ['Kari Nordmann']],
      ['eg heiter ingvild strand, kan de ringe meg?', ['ingvild strand']],
      ['Navnet mitt er Zyrell Okonkwo-Baptiste.', ['Zyrell Okonkwo-Baptiste']],
      ['My name is Grace van der Berg and I need help', ['Grace van der Berg']],
      ['Takk for svaret.\nHilsen Per', ['Per']],
      ['Mvh Tor Erik Haugland', ['Tor Erik Haugland']],
      ['mvh kari', ['kari']],
      ['Venleg helsing\nMarit Bø', ['Marit Bø']],
      ['Regards, Tomasz', ['Tomasz']],
      ['Sønnen min Emil trenger plass i SFO', ['Emil']],
      ['dottera mi Ingrid skal byrje på skulen', ['Ingrid']],
      ['naboen Ola Hansen brenner bål hver kveld', ['Ola Hansen']],
      ['Jeg har snakket med saksbehandler Lise Berg om søknaden', ['Lise Berg']],
      ['Læreren hans, fru Dahl, sa at det var greit', ['Dahl']],
      ['Kan Jonas og Sofie begynne i barnehagen i august?', ['Jonas', 'Sofie']],
      ['Fatima og Mohammed skal flytte hit', ['Fatima', 'Mohammed']],
      ['Emils lærer har ikke svart', ['Emils']],
      ['Anne-Marie ringte i går', ['Anne-Marie']],
      ['my son Jack starts school in August', ['Jack']],
      ['Hei Zyrell, kan du ringe meg?', ['Zyrell']],
      ['Legen min, dr. Hansen, sa nei', ['Hansen']],
      ['Kompisen min, som alle kaller Bamsen, har mistet nøkkelen', ['Bamsen']],
      ['Kontaktpersonen min heter Amira al-Qadi', ['Amira al-Qadi']],
    ],
    keeps: 'finds no person in',
    ordinary: [
      'Per måned koster det 300 kroner',
      'Liv og helse er temaet for møtet',
      'Når åpner Fevik skole etter ferien?',
      'Jeg bor i Kari Nordmanns vei', // a street, found as a place when it is about a person
      'Hva heter skjemaet for byggesøknad?',
      'Vi kommer i mai eller i august',
      'Takk for hjelpen!',
      'Hilsen en fornøyd innbygger',
      'Hilsen Grimstad kommune',
      'Is the library open in May?',
      'Søknaden ligger i Altinn og Digipost',
      'Hei, jeg lurer på noe',
      'Hei Grimstad kommune!',
      'Er det gratis inngang på Petter Dass-museet?',
      'Gjelder gavekortet hos Anton Sport i Molde?',
      'Hvor finner jeg programmet for Liv i sentrum-festivalen?',
      'Gata heter Storgata',
    ],
  });

  it('keeps the bot’s name and the site’s own names', () => {
    expect(masked('Takk, Frida! Hilsen Kari')).toBe('Takk, Frida! Hilsen [navn]');
  });
});

describe('places of a person', () => {
  recognizerTables(personalPlaces, {
    finds: 'finds the place in',
    cases: [
      ['Jeg bor på Fevik og lurer på bussen', ['Fevik']],
      ['mora mi bur i Kyrkjebakken', ['Kyrkjebakken']],
      ['Vi er på hytta på Tjøme nå', ['Tjøme']],
      ['jeg bor på Vågsbygd i kristiansand', ['Vågsbygd i kristiansand']],
      ['Naboen i Bjørkeveien klipper plenen kl 06', ['Bjørkeveien']],
      ['Jeg står på hjørnet av Storgata og Kirkegata', ['Storgata', 'Kirkegata']],
      ['We live in Lillesand since last year', ['Lillesand']],
      ['Han bor fortsatt på Sandnes', ['Sandnes']],
      ['Eg jobbar på fiskemottaket på Myre', ['Myre']],
      ['Vi er på stølen i Hemsedal no', ['Hemsedal']],
      ['Svigerfaren min bor på småbruket Søndre Tangen', ['Søndre Tangen']],
      ['Jeg pendler fra Jessheim hver dag', ['Jessheim']],
      ['Sønnen min venter på hjørnet av Kongens gate og Prinsens gate', ['Kongens gate', 'Prinsens gate']],
    ],
    keeps: 'finds no place of a person in',
    ordinary: [
      'Når er biblioteket på Fevik åpent?',
      'Går bussen til Arendal om søndagen?',
      'Når blir Storgata brøytet?',
      'Jeg bor i en kommunal bolig',
      'Mor bor på sykehjem nå',
      'Det er et hull i veien på hjørnet av Storgata og Kirkegata',
      'Jeg jobber på Fevik skole',
    ],
  });

  it('calls a country someone comes from their origin, and masks it', () => {
    expect(masked('Mannen min kommer fra Eritrea')).not.toContain('Eritrea');
    expect(mask('Mannen min kommer fra Eritrea').categories).toContain('ethnicity');
  });
});

describe('numbers that are not personal', () => {
  it.each([
    'Møtet er 15.03.2024 kl. 10',
    'Frist 1.3.24',
    'Dato 2024-03-15',
    'Åpent 08.15–16.00 hver dag',
    'Saksnummer 2023/4567 og 24/01234-3',
    'I perioden 2023–2024',
  ])('keeps dates, times, case numbers and year ranges: %j', (text) => {
    expect(found(longNumbers, text)).toEqual([]);
  });

  it.each([
    ['Ring 912 34 567', ['912 34 567']],
    ['Konto 1234.56.78903', ['1234.56.78903']],
    ['Den 15.03.2024 ringte jeg fra 91234567', ['91234567']],
    ['Kundenummer 12345678', ['12345678']],
  ])('still masks telephone, account and other long numbers: %j', (text, numbers) => {
    expect(found(longNumbers, text)).toEqual(numbers);
  });

  it('keeps the postcode and town after a street address', () => {
    expect(masked('Jeg bor i Storgata 5B, 4870 Fevik.')).toBe('Jeg bor i [adresse], 4870 Fevik.');
  });
});

describe('contact details', () => {
  it.each([
    'Skriv til kari(at)example.no',
    'Skriv til kari [at] example [dot] no',
    'Skriv til ola.nordmann at gmail.com',
  ])('masks an e-mail address written to dodge harvesters: %j', (text) => {
    expect(mask(text).categories).toContain('email');
  });

  it('keeps a service address of the municipality', () => {
    expect(masked('Send det til postmottak@grimstad.kommune.no')).toBe(
      'Send det til postmottak@grimstad.kommune.no',
    );
  });

  it('masks coordinates with three decimals in Norway, and keeps amounts', () => {
    expect(masked('Vi står ved 58.342, 8.594 nå')).toBe('Vi står ved [koordinater] nå');
    expect(masked('Det koster 1.500, 2.000 eller 2.500 kroner')).toBe(
      'Det koster 1.500, 2.000 eller 2.500 kroner',
    );
  });

  it('reads degrees only from a whole number, never from the last digits of a longer one', () => {
    expect(masked("Vi er på 58° 20' N")).toBe('Vi er på [koordinater]');
    expect(masked('Kunde 12345 ° N-sonen')).toBe('Kunde 12345 ° N-sonen');
    expect(masked('Storgata 12345 ° N')).not.toContain('[koordinater]');
  });
});

/** What the tokenizer reads as a word, as a pattern: it reads the same by character codes. */
const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?(?:[-/][\p{L}\p{N}]+)*\+?/gu;

/** The words of the pattern, less a mask label's word and words glued to a label, as [start, text]. */
const patternWords = (text: string) =>
  [...text.matchAll(WORD_PATTERN)]
    .filter(({ index, 0: word }) => {
      const before = text[index - 1];
      const after = text[index + word.length];
      return !((before === '[' && after === ']') || before === ']' || after === '[');
    })
    .map(({ index, 0: word }) => [index, word]);

/**
 * Letters and digits inside and outside the table the tokenizer classes by code (it ends at
 * U+0250: ɐ is the first beyond it), of other scripts and outside the BMP (𝐀), a combining
 * accent, a letter that looks like an apostrophe (ʼ), lone surrogates, and what joins words.
 */
const tokenText = fc.string({
  unit: fc.constantFrom(
    'a',
    'B',
    'æ',
    'Ø',
    'é',
    'e\u0301',
    'ª',
    '²',
    'ǅ',
    'ɐ',
    'ʼ',
    'ж',
    'ا',
    '٣',
    '中',
    '𝐀',
    '😀',
    '1',
    "'",
    '’',
    '-',
    '/',
    '+',
    ' ',
    '.',
    '\n',
    '[',
    ']',
    '\uD800',
    '\uDC00',
  ),
  maxLength: 40,
});

describe('compounds of a listed word', () => {
  it('are found from a listed ending with two letters before it, or a listed beginning with three after it, at the shortest', () => {
    // "gikt" is one of the shortest endings listed (four letters), "kreft" one of the shortest beginnings (five).
    expect(found(specialCategoryWords, 'Han har abgikt nå')).toEqual(['abgikt']);
    expect(found(specialCategoryWords, 'Han har agikt nå')).toEqual([]);
    expect(found(specialCategoryWords, 'Han har kreftabc nå')).toEqual(['kreftabc']);
    expect(found(specialCategoryWords, 'Han har kreftab nå')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  /** What the recognizer finds plain addresses as: a scan of the text, started only where a run of address characters starts. */
  const PLAIN = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
  /** Address characters, @s and dots, other letters, outside the BMP; no "at" or "(a)", so no address is obfuscated. */
  const addressText = fc.string({
    unit: fc.constantFrom('a', 'no', 'Å', '𝐀', '1', '.', '_', '%', '+', "'", '-', '@', ' ', '😀', ','),
    maxLength: 40,
  });

  it('are found from their @ exactly where the scan of the whole text finds them', () => {
    fc.assert(
      fc.property(addressText, (text) => {
        const found = emailAddresses.find(textDocument(text), {}).map(({ start, end }) => [start, end]);
        const scanned = [...text.matchAll(PLAIN)].map((match) => [
          match.index,
          match.index + match[0].length,
        ]);
        expect(found).toEqual(scanned);
      }),
      { numRuns: 5000 },
    );
  });

  it('start where the run of address characters before the @ starts, and never inside an address before', () => {
    const found = (text: string) =>
      emailAddresses.find(textDocument(text), {}).map(({ start, end }) => text.slice(start, end));
    expect(found('skriv til ola.n+x@ex-1.example.no, eller a@b@c.no')).toEqual([
      'ola.n+x@ex-1.example.no',
      'b@c.no',
    ]);
    expect(found('a@b.no.x@c.no og @d.no og e@f')).toEqual(['a@b.no']);
    expect(found('skriv til postmottak@grimstad.kommune.no')).toEqual([]);
  });
});

describe('tokens', () => {
  it('are the words the pattern finds, whatever the script, surrogates and joiners', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        expect(textDocument(text).tokens.map((token) => [token.start, token.text])).toEqual(
          patternWords(text),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('class every code of the Latin scripts as the Unicode classes do, as a letter or a digit', () => {
    for (let code = 0; code < 0x300; code++) {
      const char = String.fromCharCode(code);
      const words = (text: string) => textDocument(text).tokens.map((token) => token.text);
      expect(words(char)).toEqual(/[\p{L}\p{N}]/u.test(char) ? [char] : []);
      expect(words(`a'${char}`)[0]).toBe(/\p{L}/u.test(char) ? `a'${char}` : 'a');
    }
  });

  it('class every other code of the BMP as the Unicode classes do, once a text has it', () => {
    const words = (text: string) => textDocument(text).tokens.map((token) => token.text);
    const misread: string[] = [];
    for (let code = 0x300; code < 0x10000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const char = String.fromCharCode(code);
      const word = /[\p{L}\p{N}]/u.test(char);
      // Twice: the first read asks the Unicode classes, the second reads what the table kept.
      for (let read = 0; read < 2; read++) {
        if (words(`x ${char}`).length !== (word ? 2 : 1)) misread.push(`${code.toString(16)} as a word`);
        if ((words(`a'${char}`)[0] === `a'${char}`) !== /\p{L}/u.test(char))
          misread.push(`${code.toString(16)} as a letter`);
      }
    }
    expect(misread).toEqual([]);
  });

  it('read a long word to its end, whatever scripts it has past its first characters', () => {
    const long = `${'a'.repeat(40)}ж${'b'.repeat(40)}’${'c'.repeat(40)}5-${'ɐ'.repeat(3)}1`;
    for (const text of [long, `${long}+ ord`, `x ${'9'.repeat(50)}’s`]) {
      expect(textDocument(text).tokens.map((token) => [token.start, token.text])).toEqual(patternWords(text));
    }
  });

  it('read a word with its apostrophe, joined parts and plus, and nothing after', () => {
    const words = (text: string) => textDocument(text).tokens.map((token) => token.text);
    expect(words("Ola's 2-roms/leil. HIV+ d'5 a-/b ж-1 𝐀𝐁’s")).toEqual([
      "Ola's",
      '2-roms/leil',
      'HIV+',
      'd',
      '5',
      'a',
      'b',
      'ж-1',
      '𝐀𝐁’s',
    ]);
  });

  it('counts a mask label as a word where sentences start, as the words it replaced were', () => {
    const kari = (text: string) => textDocument(text).tokens.find((token) => token.lower === 'kari');
    expect(kari('912 34 567 kari')?.sentenceStart).toBe(false);
    expect(kari('[nummer] kari')?.sentenceStart).toBe(false);
    expect(kari('[nummer]. kari')?.sentenceStart).toBe(true);
    expect(kari('kari')?.sentenceStart).toBe(true);
  });
});

describe('tolerant matching', () => {
  it.each([
    ['Sønnen min har diabetis', 'diabetis'],
    ['Hun har epelepsi og trenger hjelp', 'epelepsi'],
    ['Han går på Ritalinen sin hver morgen', 'Ritalinen'],
  ])('finds a misspelled or inflected health word in %j', (text, word) => {
    expect(found(tolerantWords, text)).toContain(word);
  });

  it.each([
    'Jeg vil kansellere timen', // near "cancer"? no: an ordinary word
    'Kan jeg få tilbud om dette?',
    'Søknaden om byggetillatelse er sendt',
  ])('never takes an ordinary word for a sensitive one: %j', (text) => {
    expect(found(tolerantWords, text)).toEqual([]);
  });
});

describe('the gazetteer', () => {
  it('is what `npm run build:gazetteer` makes of its source packages', async () => {
    const { renderPlaces } = await import('#shared/anonymizer/data/gazetteer-source');
    const { readFileSync } = await import('node:fs');
    const file = readFileSync(new URL('../../shared/anonymizer/data/places.ts', import.meta.url), 'utf8');

    expect(file).toBe(await renderPlaces());
  });

  it('knows postal places, towns without their district letter, counties and countries in three languages', async () => {
    const { COUNTRY_NAMES, NORWEGIAN_PLACE_NAMES } = await import('#shared/anonymizer/data/word-sets');

    for (const place of ['fevik', 'kristiansand', 'mo', 'innlandet']) {
      expect(NORWEGIAN_PLACE_NAMES.byFirstWord.has(place)).toBe(true);
    }
    for (const country of ['eritrea', 'tyskland', 'germany', 'sverige', 'sweden']) {
      expect(COUNTRY_NAMES.byFirstWord.has(country)).toBe(true);
    }
  });
});

describe('topics', () => {
  it.each([
    'Hvor finner jeg informasjon om demens?',
    'Har dere kurs i førstehjelp ved epilepsi?',
    'Finnes det tilbud til personer med autisme?',
    'Are there courses for people with dementia?',
    'Skal kommunen heise flagget under Skeive dager?',
    'Finnes det en skeiv ungdomsgruppe i Narvik?',
    'Har kommunen muslimsk gravfelt?',
    'Serverer skolen halal mat?',
  ])('keeps a special-category word that is the topic of a question: %j', (text) => {
    expect(mask(text).text).toBe(text);
  });

  it.each([
    ['Sønnen min med autisme trenger avlastning', 'autisme'],
    ['Jeg trenger hjelp mot angsten min', 'angsten'],
    ['Mora mi har demens', 'demens'],
    ['Vi spiser bare halal mat', 'halal'],
    ['Jeg er 15 og skeiv', 'skeiv'],
  ])('still masks it when it is said of a person: %j', (text, word) => {
    expect(mask(text).text).not.toContain(word);
  });
});

describe('origin adjectives', () => {
  recognizerTables(originAdjectives, {
    finds: 'finds an origin said of a person in',
    cases: [
      ['Mannen min er gambisk', ['gambisk']],
      ['Som burundisk statsborger lurer jeg på dette', ['burundisk']],
      ["I'm Ukrainian and need help", ['Ukrainian']],
      ['My Eritrean husband needs an interpreter', ['Eritrean']],
    ],
    keeps: 'keeps ordinary and regional words of the same shape:',
    ordinary: [
      'Det er praktisk å søke digitalt',
      'Han er norsk statsborger',
      'Vi er trøndersk på min side av familien',
      'Finnes det bøker på polsk?',
    ],
  });
});

describe('medical terms', () => {
  recognizerTables(medicalTerms, {
    finds: 'finds a diagnosis or medicine no list has in',
    cases: [
      ['Jeg har fått påvist bronkitt', ['bronkitt']],
      ['Mor har artrose i hoftene', ['artrose']],
      ['Han tar Zoloft hver morgen', ['Zoloft']],
      ['Hun går på sertralin', ['sertralin']],
      ['Jeg bruker Elvanse 30 mg', ['Elvanse']],
      // A dose or form after the name, with no cue before it: after a no-break space, a spaced dash, an en dash.
      ['Mor sier Brintellix\u00a020 mg hjelper', ['Brintellix']],
      ['Mor sier Paxlovid – 300 mg var dyrt', ['Paxlovid']],
      ['Mor sier Imovane–tablettene er tomme', ['Imovane']],
      ['Jeg har fått påvist sarkoidose', ['sarkoidose']],
      ['He was diagnosed with Fahr disease', ['Fahr']],
    ],
    keeps: 'keeps ordinary words of the same shape and places:',
    ordinary: [
      'Jeg har god appetitt',
      'Mor sier Vortex 2 ganger i uka',
      'Pandemien stengte skolen',
      'Han tar bussen til byen',
      'Han lider av at bussen er sen',
      'Hun tar Hurtigruten? Nei, hun går på Fevik skole',
    ],
  });
});

describe('rule set 6 classes', () => {
  it.each([
    ['Hans Nilsen heter jeg, og jeg lurer på septiktanken', 'Hans Nilsen'],
    ['hei eg er rania, kvar kan eg levere klede?', 'rania'],
    ['Containeren står fortsatt hos oss i Lerkelia', 'Lerkelia'],
    ['Adressen min er Storgata 3, leilighet H0203, 8006 Bodø', 'H0203'],
    ['Datteren min studerer i Tromsø', 'Tromsø'],
    ['We are staying at a cabin near Beitostølen right now', 'Beitostølen'],
    ['Eg har vore rein frå heroin i to år', 'rein'],
    ['Han var innlagt på tvang i fjor', 'innlagt på tvang'],
    ['Eg har skitsofreni og bur åleine', 'skitsofreni'],
    ['Jeg har depprisjon og klarer ikke å møte', 'depprisjon'],
    ['Som venstrevelger ønsker jeg sykkelparkering', 'venstrevelger'],
    ['Jeg er muslim og ber hver kveld', 'ber hver kveld'],
    ['Farmor er av taterslekt', 'taterslekt'],
    ['Eg er same frå Kautokeino', 'Kautokeino'],
    ['My wife is Brazilian and would like to join the choir', 'Brazilian'],
    ['My husband is in Lederne and wants to know', 'Lederne'],
    ['Vi kaller ham «Tuppen», men han heter egentlig Tobias', 'Tuppen'],
    ['Skjemaet godtar ikke etternavnet mitt, Aasen-Tjørhom, fordi', 'Aasen-Tjørhom'],
    ['hilsen Ida og amalie, vi lurer på skøytebanen', 'amalie'],
    ['Takk til Gøril på servicetorget', 'Gøril'],
    ['Tran Van Minh ønskjer å opne ein restaurant', 'Tran'],
    ['Maria Luísa dos Reis asked me to check the pool', 'Reis'],
    ['Vi har bodd på Lyngtoppen i seks år', 'Lyngtoppen'],
    ['bor på sjøholt og lurer på hageavfall', 'sjøholt'],
    ['Det er mørkt på hjørnet av Elvegata og Nygårdsgata, der jeg venter', 'Nygårdsgata'],
    ['Vi i Fjæreheia har ikke fått strøsand', 'Fjæreheia'],
    ['Datteren min Emma er på leirskole på Lygra', 'Lygra'],
    ['Skriv til aslaug [at] nordfjordnett [punktum] no', 'nordfjordnett'],
    ['Jeg blir fort kvalm i bil', 'kvalm'],
    ['Eg er gravid og har termin i februar', 'termin i februar'],
    ['Eg går i kyrkja kvar søndag', 'kyrkja'],
    ['Eg trur ikkje på Gud, så', 'trur ikkje på Gud'],
    ['Jeg vil ikke at læreren sier at jeg er bi', 'bi'],
    ['Eleven min er rom og har mistet skole', 'rom'],
    ['Som nederlendar er eg vand med sykkelvegar', 'nederlendar'],
    ['As an American living here, can I vote?', 'American'],
    ['Eg er med i Ergoterapeutene og lurer på stillingar', 'Ergoterapeutene'],
    ['My husband is in the Norwegian Union of Journalists', 'Journalists'],
    ['Sonen min Tor og venen hans Lavrans vil spela', 'Lavrans'],
    ['Sakshandsamaren vår, Leikny Espeland, sa at vedtaket', 'Espeland'],
    ['Jeg har flyttet fra Bergen til Jessheim med datteren min', 'Jessheim'],
    ['Sonen vil flytta heim til Odda', 'Odda'],
    ['Sonen min har cerebral perese og treng skyss', 'perese'],
    ['Sonen vår har turettes, og han blir erta', 'turettes'],
    ['Eg er kystparti-veljar og vil vita', 'kystparti-veljar'],
    ["I'm a lifelong Democrat and new here", 'Democrat'],
    ['Jeg er født i feil kropp og har startet samtaler', 'feil kropp'],
    ['Vi er kosovoalbanarar og ønskjer morsmålsopplæring', 'kosovoalbanarar'],
    ['Vi er palestinarar frå Libanon og har fått bustad', 'Libanon'],
    ['Eg er medlem i Norsk Sjukepleiarforbund og lurer', 'Sjukepleiarforbund'],
    ['Eg og sambuaren min er begge karar', 'begge karar'],
    ['Jeg konverterte til katolisismen i fjor', 'katolisismen'],
    ['Hei, det er Gro her. Sol og jeg vurderer halv plass', 'Sol'],
    ['Lyset utenfor huset vårt i Tyttebærstien er mørkt', 'Tyttebærstien'],
    ['Jeg leier en hybel på Moholt mens jeg studerer', 'Moholt'],
    ['Bestefar tilbringer sommeren på Tolga', 'Tolga'],
    ['Mor mi bur åleine i Ospeløkka', 'Ospeløkka'],
    ['My grandmother lives alone in Kautokeino', 'Kautokeino'],
    ['Sønnen min har søliaki og kan ikke spise brød', 'søliaki'],
    ['Oldemor har slitasjegikt i hoftene', 'slitasjegikt'],
    ['Sonen min har feberkrampar', 'feberkrampar'],
    ['Jeg er transfeminin og har sagt fra', 'transfeminin'],
    ['Vi er en krf-familie og lurer på barnetoget', 'krf-familie'],
    ['Dottera mi er med i Natur og Ungdom', 'Natur og Ungdom'],
    ['As a member of the Pensioners’ Party I want a stand', 'Party'],
    ['Jeg er norsk-pakistansk og fikk spørsmål om tolk', 'norsk-pakistansk'],
    ['Eg er sjølv same og lurer på kurs', 'same'],
    ['Eg er med i Psykologforeningen og jobbar', 'Psykologforeningen'],
  ])('masks %j', (text, hidden) => {
    expect(masked(text)).not.toContain(hidden);
  });

  it.each([
    ['Er det tømming på Kristi himmelfartsdag?', 'Kristi himmelfartsdag'],
    ['Er det brot på leidningen?', 'leidningen'],
    ['Who is the union rep here?', 'union rep'],
    ['Hvor kan jeg lese om ME og utmattelse?', 'ME og utmattelse'],
    ['Skjemaet har bare valgene mann og kvinne', 'mann og kvinne'],
    ['Menn oppfordres til å søke', 'Menn oppfordres'],
    ['Jeg er skeiv og lurer på om det finnes et tilbud for skeive ungdommer', 'skeive ungdommer'],
    ['Eg er skeiv og vil vere frivillig under Skeive dagar', 'Skeive dagar'],
    ['Tilbyr skolen halal-mat i kantina?', 'halal-mat'],
    ['Vi bur i campingvogn om sommaren', 'campingvogn'],
    ['Kan vi nytte bedehuset til eit møte?', 'bedehuset'],
    ['Når er kyrkja open?', 'kyrkja'],
    ['Det er et bi i stua', 'bi'],
    ['The European Union has rules for this', 'European Union'],
    ['Is there any LGBT meeting place in town?', 'LGBT meeting place'],
    ['Eiendomsskatten betales i to terminer; første termin forfaller i mars', 'første termin'],
    ['Har kommunen informasjonsmøte om demens for pårørande?', 'demens'],
    ['Are there any LGBT groups in the municipality?', 'LGBT groups'],
    ['Pakken kom fra Kina i går', 'Kina'],
    ['Datteren min går på Wergeland skole og blir plaget', 'Wergeland skole'],
    ['Hun har fått plass på Ole Vig vgs', 'Ole Vig vgs'],
    ['The neighbour said they would fix the light outside our house in May', 'in May'],
    ['Finnes det seniorgym bare for kvinner her?', 'bare for kvinner'],
    ['Er adressen Postboks 250, 2301 Hamar riktig?', 'Postboks 250'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('the categories each recognizer declares', () => {
  // Every corpus text the repository holds, with the site's own name of the corpora.
  const fixtures = new URL('../fixtures/anonymizer/', import.meta.url);
  const texts = readdirSync(fixtures)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) =>
      readFileSync(new URL(file, fixtures), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );

  it('covers everything it reports or allows, so mask with `only` may skip the others', () => {
    expect(texts.length).toBeGreaterThan(500);
    for (const recognizer of RECOGNIZERS) {
      const seen = new Set<string>();
      for (const text of texts) {
        for (const item of recognizer.find(textDocument(text), { ownNames: ['Frida'] })) {
          for (const category of 'category' in item ? [item.category] : item.allow) seen.add(category);
        }
      }
      expect([...seen].filter((category) => !recognizer.categories.includes(category as never))).toEqual([]);
      // A declared category it never produces on over 500 texts would make `only` run it for nothing.
      expect(seen.size, recognizer.name).toBeGreaterThan(0);
    }
  });

  it('masks the same with `only` as all recognizers followed by the filter', () => {
    const only = ['identity', 'email', 'ip', 'coordinates', 'number'] as const;
    let masked = 0;
    for (const text of texts) {
      const document = textDocument(text);
      const everything = RECOGNIZERS.flatMap((recognizer) => recognizer.find(document, {})).filter(
        (item) => !('category' in item) || (only as readonly string[]).includes(item.category),
      );
      let expected = text;
      for (const span of mergeFindings(everything).reverse()) {
        expected = expected.slice(0, span.start) + CATEGORY_LABELS[span.category] + expected.slice(span.end);
      }
      expect(mask(text, { only }).text).toBe(expected);
      if (expected !== text) masked++;
    }
    expect(masked).toBeGreaterThan(100);
  });
});
