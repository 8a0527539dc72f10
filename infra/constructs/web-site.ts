import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { type CfnStage, HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import {
  CfnManagedLoginBranding,
  ManagedLoginVersion,
  OAuthScope,
  type UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { CALLBACK_PATH } from '#web/account/sign-in/callback.ts';
import { buildAssets } from '#web/kit/assets.ts';
import type { CompanyBrokers } from './company-brokers.ts';
import type { MarketplaceFunction } from './marketplace-function.ts';
import type { OrganisationIdps } from './organisation-idps.ts';

export interface WebSiteProps {
  userPool: UserPool;
  /** The OAuth scopes of the roles (the pre-token trigger grants each user its own). */
  roleScopes: OAuthScope[];
  /** The site's Lambda (`webSite` in the catalogue). */
  siteFunction: MarketplaceFunction;
  issuer: string;
  /** Companies' eHerkenning and eIDAS brokers: offered on the site client's sign-in page. */
  brokers?: CompanyBrokers;
  /** Organisations' own identity providers for their officials. */
  organisationIdps?: OrganisationIdps;
  /**
   * The site's own domain (e.g. `innovatiemarkt.nl`) with an ACM certificate in us-east-1; then
   * viewers need TLS 1.2 or newer. Without it the distribution's `*.cloudfront.net` name is used.
   */
  customDomain?: { domainName: string; certificateArn: string };
}

const CONFIG_PARAMETER = '/innovatiemarkt/site/config';

/**
 * The web site in AWS: CloudFront in front; `/assets/*` (content-hashed CSS and fonts, cached
 * for a year) from a private bucket through origin access control; pages from the site's Lambda
 * through its own HTTP API (Lambda function URLs behind CloudFront's access control cannot take
 * browser form posts: they need a body hash the browser does not send). Sign-in is Cognito's
 * managed login with the authorization code flow and PKCE, for a public client of its own.
 *
 * The site reads its settings (API URL, its own URL, the client and login domain) from an SSM
 * parameter at cold start: as environment variables they would make the site depend on the
 * distribution and client that depend on it.
 */
export class WebSite extends Construct {
  readonly client: UserPoolClient;
  readonly distribution: Distribution;
  readonly assetsBucket: Bucket;
  readonly logBucket: Bucket;
  readonly origin: HttpApi;
  readonly loginDomain: UserPoolDomain;
  readonly sessionSecret: Secret;
  readonly assetDeployment: BucketDeployment;
  readonly siteUrl: string;
  private readonly props: WebSiteProps;

  constructor(scope: Construct, id: string, props: WebSiteProps) {
    super(scope, id);
    this.props = props;
    const stack = Stack.of(this);
    const fn = props.siteFunction;

    // Access logs of the bucket and of CloudFront (standard logging needs ACLs on its bucket).
    this.logBucket = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.assetsBucket = new Bucket(this, 'Assets', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'assets/',
      // Old hashed files stay for pages still cached with them; non-current versions expire.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const bundle = buildAssets();
    const staged = path.join(tmpdir(), `innovatiemarkt-site-assets-${bundle.manifest.css.split('.')[1]}`);
    for (const asset of bundle.assets) {
      const file = path.join(staged, asset.path);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, asset.body);
    }
    this.assetDeployment = new BucketDeployment(this, 'AssetFiles', {
      sources: [Source.asset(staged)],
      destinationBucket: this.assetsBucket,
      cacheControl: [CacheControl.fromString('public, max-age=31536000, immutable')],
      prune: false,
      memoryLimit: 256,
    });

    // The pages' origin: an HTTP API with one catch-all route to the site's Lambda.
    this.origin = new HttpApi(this, 'Origin', {
      apiName: 'innovatiemarkt-site',
      description: 'innovatiemarkt web site (origin of the CloudFront distribution)',
      defaultIntegration: new HttpLambdaIntegration('SiteIntegration', fn),
    });
    const accessLogs = new LogGroup(this, 'OriginAccessLogs', { retention: RetentionDays.ONE_YEAR });
    const stage = this.origin.defaultStage!.node.defaultChild as CfnStage;
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        path: '$context.path',
        status: '$context.status',
        latency: '$context.responseLatency',
      }),
    };
    stage.defaultRouteSettings = { throttlingBurstLimit: 200, throttlingRateLimit: 100 };

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'HSTS and the basic security headers on every response (the site sets its own CSP)',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });
    this.distribution = new Distribution(this, 'Cdn', {
      comment: 'innovatiemarkt web site',
      defaultBehavior: {
        origin: new HttpOrigin(Fn.select(2, Fn.split('/', this.origin.apiEndpoint)), {
          protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        }),
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
      },
      additionalBehaviors: {
        '/assets/*': {
          origin: S3BucketOrigin.withOriginAccessControl(this.assetsBucket),
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          responseHeadersPolicy: headers,
          compress: true,
        },
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      ...(props.customDomain
        ? {
            domainNames: [props.customDomain.domainName],
            certificate: Certificate.fromCertificateArn(
              this,
              'Certificate',
              props.customDomain.certificateArn,
            ),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cdn/',
    });
    this.siteUrl = `https://${props.customDomain?.domainName ?? this.distribution.distributionDomainName}`;

    // Sign-in: a public client (no secret) with the code flow and PKCE, and the managed login pages.
    this.loginDomain = props.userPool.addDomain('Login', {
      cognitoDomain: { domainPrefix: `innovatiemarkt-${stack.account}` },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.client = props.userPool.addClient('Site', {
      generateSecret: false,
      authFlows: {},
      preventUserExistenceErrors: true,
      // Officials sign in with their Cognito account; companies through their broker.
      supportedIdentityProviders: [
        UserPoolClientIdentityProvider.COGNITO,
        ...(props.brokers?.clientProviders ?? []),
        ...(props.organisationIdps?.clientProviders ?? []),
      ],
      // Short: a revoked member loses access within 15 minutes; the site refreshes meanwhile.
      idTokenValidity: Duration.minutes(15),
      accessTokenValidity: Duration.minutes(15),
      refreshTokenValidity: Duration.hours(8),
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE, ...props.roleScopes],
        callbackUrls: [`${this.siteUrl}${CALLBACK_PATH}`],
        logoutUrls: [`${this.siteUrl}/`],
      },
    });
    for (const provider of [
      ...(props.brokers?.providers ?? []),
      ...(props.organisationIdps?.providers ?? []),
    ])
      this.client.node.addDependency(provider);
    new CfnManagedLoginBranding(this, 'LoginBranding', {
      userPoolId: props.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    // The session cookie's key, and what the site needs to read at start.
    this.sessionSecret = new Secret(this, 'SessionKey', {
      description: 'Key of the web site’s encrypted session cookies (changing it signs everyone out)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    this.sessionSecret.grantRead(fn);
    fn.addEnvironment('SITE_SESSION_SECRET', this.sessionSecret.secretArn);
    fn.addEnvironment('SITE_CONFIG_PARAMETER', CONFIG_PARAMETER);
    fn.addEnvironment('SITE_ASSETS', JSON.stringify(bundle.manifest));
    // By name, not by reference: a reference would make the function depend on its own distribution.
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['ssm:GetParameter'],
        resources: [
          `arn:${stack.partition}:ssm:${stack.region}:${stack.account}:parameter${CONFIG_PARAMETER}`,
        ],
      }),
    );
  }

  /** Writes the site's settings once the API it calls exists. */
  configure(apiUrl: string): StringParameter {
    return new StringParameter(this, 'Config', {
      parameterName: CONFIG_PARAMETER,
      description: 'Settings of the web site Lambda (read at cold start)',
      stringValue: Stack.of(this).toJsonString({
        apiUrl,
        siteUrl: this.siteUrl,
        issuer: this.props.issuer,
        clientId: this.client.userPoolClientId,
        loginDomain: this.loginDomain.baseUrl(),
      }),
    });
  }
}
