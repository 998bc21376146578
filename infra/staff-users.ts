import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  UserPool,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { Site } from '#shared/sites';
import type { StaffRole } from '#shared/staff/access';

/** What the staff's groups mean (shared/staff/access.ts reads them from `cognito:groups`). */
const STAFF_GROUPS: Readonly<Record<StaffRole, string>> = {
  stats: 'Editors: statistics, comments and CSV of their sites',
  transcripts: 'Quality reviewers: masked transcripts of their sites; every read is audited',
};

/** Why the pool runs without Cognito's threat protection (reported to cdk-nag, AwsSolutions-COG3). */
const NO_THREAT_PROTECTION_REASON =
  'Staff accounts are few, created by an administrator (no self sign-up), and must use a TOTP ' +
  'second factor; threat protection needs the Plus feature plan, a cost per user that a ' +
  'municipality can switch on in the pool settings when its policy asks for it.';

/** Why the pool is on the Essentials plan (reported to cdk-nag, AwsSolutions-COG8). */
const ESSENTIALS_PLAN_REASON =
  'Essentials has what staff sign-in needs here (hosted sign-in, TOTP, groups in the token); the Plus ' +
  'plan adds paid risk-based features that the pool can be moved to without replacing it.';

export interface StaffUsersProps {
  sites: readonly Site[];
  /** The hosted sign-in's domain prefix; by default one made from the account and region. */
  domainPrefix?: string | undefined;
}

/**
 * The default staff directory: a Cognito user pool with hosted sign-in. No self sign-up (an
 * administrator invites staff), a TOTP second factor for everyone, and groups for the roles
 * (`stats`, `transcripts`) and for each site (`site:<id>`; `site:*` for all sites).
 */
export class StaffUsers extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: StaffUsersProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Pool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      // Staff accounts outlive any redeploy of the stateless stacks.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG3',
      reason: NO_THREAT_PROTECTION_REASON,
    });
    Validations.of(this.userPool).acknowledge({ id: 'AwsSolutions-COG8', reason: ESSENTIALS_PLAN_REASON });

    const groups: [string, string][] = [
      ...Object.entries(STAFF_GROUPS),
      ['site:*', 'Every site'],
      ...props.sites.map((site): [string, string] => [`site:${site.id}`, site.name]),
    ];
    for (const [name, description] of groups) {
      new CfnUserPoolGroup(
        this,
        `Group${name.replace(/[^A-Za-z0-9]/g, '')}${name === 'site:*' ? 'All' : ''}`,
        {
          userPoolId: this.userPool.userPoolId,
          groupName: name,
          description,
        },
      );
    }
    this.domain = this.userPool.addDomain('SignIn', {
      // Unique per account, as a domain prefix must be within the region.
      cognitoDomain: { domainPrefix: props.domainPrefix ?? `kommune-staff-${Stack.of(this).account}` },
    });
  }
}
