import { readEnv, sitesFrom } from '#shared/config';

/** The composition root of the CORS preflight: the sites and their origins, once per process. */
export const sites = sitesFrom(readEnv());
