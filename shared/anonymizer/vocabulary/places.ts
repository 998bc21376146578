/**
 * The longer word lists of `recognizers/places.ts` (places of a person), whose
 * comments there say what each is for. Packed into `data/packed.ts` by `npm run
 * build:anonymizer-data` and read from there on first use; every list is only looked up in
 * (as a set), so it is packed sorted.
 */
export const PLACES = {
  /** Adverbs between a verb and its place: "bor nå på", "bur framleis i". */
  adverbs: [
    ...['nå', 'no', 'fortsatt', 'framleis', 'fremdeles', 'egentlig', 'eigentleg', 'midlertidig', 'også'],
    ...['mellombels', 'alene', 'aleine', 'sammen', 'saman', 'selv', 'sjølv', 'akkurat', 'der', 'her'],
    ...['currently', 'now', 'still', 'also', 'here', 'there', 'right', 'heim', 'hjem', 'home', 'tilbake'],
    ...['åleine', 'einsam', 'alone', 'sommeren', 'vinteren', 'helga', 'helgen', 'ferien', 'jula', 'julen'],
    ...['påska', 'påsken', 'summer', 'winter', 'weekends', 'holidays'],
    ...['back', 'hit', 'dit'],
  ],
  residenceVerbs: [
    ...['bor', 'bur', 'bodde', 'budde', 'bosatt', 'busett', 'buset', 'hjemme', 'heime', 'oppvokst'],
    ...['bodd', 'budd', 'budt', 'vokst', 'levd', 'arbeidet', 'arbeidd', 'lived', 'worked', 'grown'],
    ...['tilbringer', 'tilbringar', 'tilbrakte', 'spends', 'spending', 'spent', 'leier', 'leiger', 'renting'],
    ...['oppvaksen', 'jobber', 'jobbar', 'jobbet', 'jobba', 'arbeider', 'arbeidar', 'befinner', 'befinn'],
    ...['flyttet', 'flytta', 'flytter', 'flyttar', 'flytte', 'bo', 'bu', 'overnatter', 'overnattar'],
    ...['ferierer', 'live', 'lives', 'living', 'lived', 'moved', 'moving', 'move', 'staying', 'work'],
    ...['works', 'working', 'born', 'raised', 'based', 'pendler', 'pendlar', 'pendlet', 'pendla', 'commute'],
    ...[
      'commutes',
      'studerer',
      'studerar',
      'studerte',
      'studies',
      'studying',
      'folkeregistrert',
      'registrert',
    ],
  ],
  /** Verbs of where someone or something is: a place of a person only with a person before them. */
  positionVerbs: [
    ...[
      'står',
      'stod',
      'sto',
      'sitter',
      'sit',
      'satt',
      'venter',
      'ventar',
      'parkert',
      'ligger',
      'ligg',
      'låg',
    ],
    ...['stuck', 'stranded', 'waiting', 'parked', 'sitting', 'standing', 'kom', 'kommer', 'kjem', 'came'],
    ...['come', 'comes'],
  ],
  originVerbs: [
    ...['født', 'fødd', 'flyktet', 'flykta', 'rømte', 'rømde', 'opprinnelig', 'opphavleg', 'adoptert'],
    ...['originally', 'fled', 'adopted', 'innvandret', 'innvandra'],
  ],
  /** Where a person lives, named by what it is: "hytta vår på", "huset mitt i", "naboen i". */
  homeNouns: [
    ...['hytta', 'hytte', 'hytten', 'huset', 'hus', 'leiligheten', 'leiligheita', 'leilighet', 'gården'],
    ...['garden', 'gard', 'gård', 'heimen', 'hjemmet', 'eiendommen', 'eigedomen', 'tomta', 'tomten'],
    ...['naboen', 'naboane', 'naboene', 'barndomshjemmet', 'bustaden', 'boligen', 'hybelen', 'rekkehuset'],
    ...['cabin', 'house', 'flat', 'apartment', 'home', 'farm', 'neighbour', 'neighbor', 'hybel', 'rom'],
    ...['rommet', 'room', 'studio', 'kollektivet', 'hytte', 'leiligheita'],
    // Where a person works: "på jobb i Grimstad", "jobben min på Stord".
    ...['jobb', 'jobben', 'arbeid', 'arbeidet', 'arbeidsplassen', 'arbeidsstaden', 'job', 'work'],
  ],
  /** What a place of a person is called before its name: "på småbruket Søndre Tangen", "i bygda Vik". */
  placeNouns: [
    ...['småbruket', 'gården', 'garden', 'bruket', 'plassen', 'øya', 'øyen', 'bygda', 'bygden', 'grenda'],
    ...[
      'bydelen',
      'tettstedet',
      'landsbyen',
      'byen',
      'boligfeltet',
      'feltet',
      'området',
      'nabolaget',
      'gata',
    ],
    ...['gaten', 'vegen', 'veien', 'setra', 'stølen', 'hytteområdet', 'hyttefeltet', 'village', 'town'],
  ],
  /** Capitalised for other reasons: "our house in May". */
  notPlaces: [
    ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
    ...['november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    ...['christmas', 'easter', 'jul', 'påske', 'i', 'jeg', 'eg', 'postboks', 'boks', 'pb'],
  ],
  prepositions: [
    ...[
      'på',
      'i',
      'ved',
      'til',
      'fra',
      'frå',
      'utenfor',
      'utanfor',
      'nær',
      'nærme',
      'in',
      'at',
      'on',
      'near',
    ],
  ],
  streetWords: ['gate', 'gata', 'vei', 'veien', 'veg', 'vegen', 'allé', 'plass', 'street', 'road'],
  addressWords: ['adresse', 'adressen', 'adressa', 'address', 'bosted', 'bustad', 'postadresse'],
};
