/**
 * The longer word lists of `recognizers/institutions.ts` (institutions and organisations), whose
 * comments there say what each is for. Packed into `data/packed.ts` by `npm run
 * build:anonymizer-data` and read from there on first use; every list is only looked up in
 * (as a set), so it is packed sorted.
 */
export const INSTITUTIONS = {
  /** Words that make the capitalised words before them an institution's name. */
  heads: [
    ...['skole', 'skolen', 'skule', 'skulen', 'barnehage', 'barnehagen', 'barnehagar'],
    ...['ungdomsskole', 'ungdomsskolen', 'ungdomsskule', 'barneskole', 'barneskolen', 'barneskule'],
    ...['videregående', 'vidaregåande', 'gymnas', 'folkehøgskole', 'kulturskole', 'kulturskule'],
    ...['sykehjem', 'sykehjemmet', 'sjukeheim', 'sjukeheimen', 'omsorgssenter', 'omsorgssenteret'],
    ...['bofellesskap', 'legesenter', 'legesenteret', 'legekontor', 'legekontoret', 'tannklinikk'],
    ...['helsestasjon', 'helsestasjonen', 'helsesenter', 'helsehus', 'helsehuset', 'sykehus', 'sjukehus'],
    ...['sykehuset', 'sjukehuset', 'kirke', 'kirken', 'kyrkje', 'kyrkja', 'kapell', 'kapellet', 'moske'],
    ...['moskeen', 'menighet', 'menigheten', 'kyrkjelyd', 'bibliotek', 'biblioteket', 'museum', 'museet'],
    ...['idrettslag', 'skiklubb', 'svømmeklubb', 'stadion', 'idrettspark'],
    ...['hallen', 'idrettshall', 'idrettshallen', 'svømmehall', 'svømmehallen', 'badet'],
    ...['kulturhus', 'kulturhuset', 'samfunnshus', 'grendehus', 'grendehuset', 'bydelshus', 'senter'],
    ...['senteret', 'storsenter', 'kjøpesenter', 'stiftelse', 'stiftelsen', 'minnefond', 'forening'],
    ...['foreningen', 'idrettslaget', 'kor'],
    ...['koret', 'korps', 'korpset', 'speidergruppe', 'teater', 'teateret', 'kino', 'kinoen', 'hotell'],
    ...['kafé', 'kafe', 'kafeen', 'restaurant', 'camping', 'marina', 'havn', 'stasjon', 'stasjonen'],
    ...['brannstasjon', 'gjenbruksstasjon', 'miljøstasjon', 'renseanlegg', 'parken', 'næringspark'],
    ...['industriområde', 'school'],
    ...['kindergarten', 'library', 'church', 'hospital', 'centre', 'center', 'municipality', 'club'],
  ],
  /** Organisations and services that visitors name in passing. */
  organisations: [
    ...['nav', 'altinn', 'digipost', 'bankid', 'vipps', 'helsenorge', 'skatteetaten', 'posten', 'bring'],
    ...['lånekassen', 'husbanken', 'statsforvalteren', 'fylkesmannen', 'politiet', 'brannvesenet'],
    ...['visma', 'itslearning', 'teams', 'zoom', 'facebook', 'instagram', 'snapchat', 'tiktok', 'google'],
    ...['microsoft', 'apple', 'iphone', 'android', 'rema', 'kiwi', 'coop', 'extra', 'meny', 'obs', 'spar'],
    ...['joker', 'bunnpris', 'europris', 'biltema', 'jysk', 'ikea', 'elkjøp', 'power', 'telenor'],
    ...['telia', 'altibox', 'ruter', 'atb', 'skyss', 'kolumbus', 'vy', 'flytoget', 'widerøe', 'sas'],
    ...['norwegian', 'udi', 'imdi', 'bufetat', 'barnevernet', 'ssb', 'nrk', 'tv2', 'mattilsynet'],
    ...['kartverket', 'statens', 'vegvesen', 'brønnøysund', 'enhetsregisteret', 'folkeregisteret'],
    ...['frelsesarmeen', 'kirkens', 'bymisjon', 'røde', 'kors', 'redd', 'barna', 'unicef', 'norad'],
    ...['min', 'minside', 'ipad', 'pc', 'mac', 'chrome', 'safari', 'firefox', 'edge', 'word', 'excel'],
  ],
  /** Company and club forms, which count only written in capitals ("Hansen AS", "Eik IL"). */
  formHeads: ['AS', 'ASA', 'SA', 'DA', 'BA', 'ANS', 'IL', 'FK', 'IK', 'SK', 'BK', 'SFO', 'AKS', 'VGS'],
};
