/**
 * Every key of the ephemeral table, built here and nowhere else.
 *
 *   pk SALT#<YYYY-MM-DD>   sk SALT    the day's salt for vote hashes
 */
export const saltKey = (day: string) => ({ pk: `SALT#${day}`, sk: 'SALT' });
