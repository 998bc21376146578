/**
 * The longer word lists of `recognizers/email.ts` (e-mail addresses), whose comments there say
 * what each is for. Packed into `data/packed.ts` by `npm run build:anonymizer-data` and read
 * from there on first use; every list is only looked up in (as a set), so it is packed sorted.
 */
export const EMAIL = {
  /** The local parts of a public body's role addresses ("postmottak@…"). */
  roleLocalParts: (
    'post postmottak postkasse firmapost kundeservice kundesenter servicetorget servicetorg servicesenter ' +
    'innbyggerservice info informasjon kontakt kontakt-oss sentralbord support hjelp noreply no-reply ' +
    'personvern personvernombud personvernombodet sikkerhet it-support helpdesk brukerstotte ' +
    'bibliotek biblioteket skole barnehage eiendomsskatt byggesak plan teknisk renovasjon vann ' +
    'kemner skatt legevakt helsestasjon nav redaksjon webredaktor web nettredaksjon admin'
  ).split(' '),
};
