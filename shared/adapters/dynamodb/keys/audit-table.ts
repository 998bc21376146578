/**
 * Every key of the audit table, built here and nowhere else.
 *
 *   pk AUDIT#<siteId>#<YYYY-MM-DD>   sk <written at, ISO ms>#<sequence, 8 digits>#<uuid>
 *
 * The write time in milliseconds and the writer's sequence keep reads of the same second in
 * the order they happened; the uuid keeps two writers apart.
 */
export const auditPk = (siteId: string, day: string) => `AUDIT#${siteId}#${day}`;

/** The key of one audit entry of a site's day. */
export const auditKey = (siteId: string, day: string, writtenAt: Date, sequence: number, uuid: string) => ({
  pk: auditPk(siteId, day),
  sk: `${writtenAt.toISOString()}#${String(sequence).padStart(8, '0')}#${uuid}`,
});
