import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { OAuthScope, type UserPool, UserPoolClient, type UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** Where staff tokens come from: this app's Cognito pool, or an issuer of the municipality's. */
export type StaffIssuer =
  | { kind: 'cognito'; userPool: UserPool; domain: UserPoolDomain; grantsClaim: string }
  | { kind: 'external'; issuer: string; audience: readonly string[]; grantsClaim: string };

export interface StaffSignInProps {
  issuer: StaffIssuer;
  /** The dashboard's address (`https://…/dashboard/`), where sign-in returns to. */
  dashboardUrl: string;
}

/** The scopes the dashboard asks for: who the person is, and the groups in the token. */
const STAFF_SCOPES = ['openid', 'email', 'profile'] as const;

/**
 * The staff sign-in as API Gateway and the dashboard see it: the JWT authorizer on every staff
 * route, and the dashboard's settings (issuer and client id) for its sign-in. With Cognito,
 * also the dashboard's app client: a public client (no secret in a browser) with the
 * authorization-code flow and PKCE, returning to the dashboard only.
 */
export class StaffSignIn extends Construct {
  readonly authorizer: HttpJwtAuthorizer;
  readonly client?: UserPoolClient;
  readonly dashboardConfig: { issuer: string; clientId: string; scope: string; grantsClaim: string };

  constructor(scope: Construct, id: string, props: StaffSignInProps) {
    super(scope, id);
    let issuer: string;
    let audience: string[];
    if (props.issuer.kind === 'cognito') {
      // In this stack, not the pool's: it returns to the distribution made next to it.
      this.client = new UserPoolClient(this, 'Dashboard', {
        userPool: props.issuer.userPool,
        generateSecret: false,
        authFlows: { userSrp: false, userPassword: false, adminUserPassword: false, custom: false },
        oAuth: {
          flows: { authorizationCodeGrant: true },
          scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
          callbackUrls: [props.dashboardUrl],
          logoutUrls: [props.dashboardUrl],
        },
        preventUserExistenceErrors: true,
        enableTokenRevocation: true,
      });
      issuer = props.issuer.userPool.userPoolProviderUrl;
      audience = [this.client.userPoolClientId];
    } else {
      issuer = props.issuer.issuer;
      audience = [...props.issuer.audience];
    }
    this.authorizer = new HttpJwtAuthorizer('StaffJwt', issuer, {
      jwtAudience: audience,
      identitySource: ['$request.header.Authorization'],
    });
    this.dashboardConfig = {
      issuer,
      clientId: audience[0] ?? '',
      scope: STAFF_SCOPES.join(' '),
      // The claim the dashboard reads the roles from, to show each staff member only their screens.
      grantsClaim: props.issuer.grantsClaim,
    };
  }
}
