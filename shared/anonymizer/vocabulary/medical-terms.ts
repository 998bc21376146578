/**
 * The longer word lists of `recognizers/medical-terms.ts` (health words by shape and place), whose
 * comments there say what each is for. Packed into `data/packed.ts` by `npm run
 * build:anonymizer-data` and read from there on first use; every list is only looked up in
 * (as a set), so it is packed sorted.
 */
export const MEDICAL_TERMS = {
  notDiagnoses: [
    ...[
      'appetitt',
      'appetitten',
      'kreditt',
      'kreditten',
      'profitt',
      'profitten',
      'transitt',
      'skritt',
      'overskritt',
    ],
    ...[
      'glukose',
      'laktose',
      'fruktose',
      'sukrose',
      'cellulose',
      'hypnose',
      'prognose',
      'prognosen',
      'symbiose',
    ],
    ...[
      'mimose',
      'mimosen',
      'sympati',
      'sympatien',
      'empati',
      'empatien',
      'telepati',
      'antipati',
      'homeopati',
    ],
    ...[
      'osteopati',
      'naturopati',
      'akademi',
      'akademiet',
      'epidemi',
      'epidemien',
      'pandemi',
      'pandemien',
      'kjemi',
    ],
    ...['biokjemi', 'polemi', 'nostalgi', 'nostalgien', 'analogi', 'kalligrafi', 'apoteose', 'metamorfose'],
    ...['grandiose', 'verbose', 'virtuose', 'kolli', 'tirsdag'],
  ],
  /** Words after which the next word is a medicine: "tar", "går på", "bruker", "medisinen". */
  medicineCues: [
    ...['tar', 'tek', 'bruker', 'brukar', 'fått', 'fatt', 'får', 'medisinen', 'medisinene', 'medisinar'],
    ...[
      'tabletten',
      'tablettene',
      'tablettane',
      'resept',
      'sprøyter',
      'sprøyta',
      'sprøyten',
      'taking',
      'takes',
    ],
    ...['prescribed', 'medisin', 'medisiner', 'medikament', 'medikamentet', 'dosen', 'dose'],
  ],
  /** Words after which the next word names a diagnosis: "fått påvist", "lider av", "diagnosed with". */
  diagnosisCues: [
    ...['diagnostisert med', 'diagnostisert for', 'fått diagnosen', 'fekk diagnosen', 'diagnosen', 'påvist'],
    ...['fått påvist', 'lider av', 'plaget med', 'plaga med', 'plages av', 'behandles for', 'behandlast for'],
    ...['behandlet for', 'behandla for', 'operert for', 'utredet for', 'utgreidd for', 'diagnosed with'],
    ...[
      'suffers from',
      'suffering from',
      'treated for',
      'being treated for',
      'tested positive for',
      'vondt i',
    ],
  ],
  /** Two-word cues: "går på", "gå på", "settes på", "skrevet ut". */
  medicinePairs: [
    'går på',
    'gå på',
    'gikk på',
    'gjekk på',
    'settes på',
    'satt på',
    'skrevet ut',
    'skrive ut',
    'resept på',
  ],
  /** Words that may stand between the cue and the diagnosis: "lider av kronisk ...". */
  degrees: [
    'kronisk',
    'alvorlig',
    'alvorleg',
    'lett',
    'moderat',
    'mild',
    'type',
    'chronic',
    'severe',
    'akutt',
  ],
};
