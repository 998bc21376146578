import type { DeploymentConfig } from '../site-config.ts';
import { serviceFacts } from './service-facts.ts';
import type { PrivacyFacts } from './statement.ts';

/** The facts of a site as a deployment configures it (cdk.json, `-c`, the sites file). */
export function deploymentPrivacyFacts(config: DeploymentConfig, siteId: string): PrivacyFacts {
  const site = config.sites.find((candidate) => candidate.id === siteId);
  if (!site) {
    throw new Error(
      `No site "${siteId}" in the configuration (sites: ${config.sites.map((s) => s.id).join(', ')})`,
    );
  }
  return {
    ...serviceFacts(site),
    commentRetentionDays: config.commentRetentionDays,
    auditRetentionDays: config.auditRetentionDays,
    // The functions' and the API's access logs alike; neither holds personal data.
    logRetentionDays: config.logRetention,
    where: { kind: 'aws', region: config.region },
    edgeRateLimits: config.edge,
    staffSignIn:
      config.staffAuth.kind === 'external'
        ? { kind: 'external', issuer: config.staffAuth.issuer }
        : { kind: 'cognito' },
  };
}
