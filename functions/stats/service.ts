import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { readEnv, sitesFrom } from '#shared/config';
import { staffAccess } from '#shared/http/staff';
import type { StaffRole } from '#shared/staff/access';
import { systemClock } from '#shared/time';

/** What every staff handler needs: configuration, the sites and the access check. */
export const env = readEnv();
const sites = sitesFrom(env);
export const clock = systemClock;

export const access = (event: APIGatewayProxyEventV2, role: StaffRole = 'stats') =>
  staffAccess(event, sites, role, env.STAFF_GRANTS_CLAIM);
