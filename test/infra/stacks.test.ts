import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditTrailQueue, rulePattern, rules } from '#events/rules.ts';
import { type FunctionId, functionCatalogue, tableAccessOf } from '#functions/catalogue.ts';
import { buildApp } from '#infra/app.ts';
import { tableDefinitionFromCdk, tableDefinitionFromDesign } from '#infra/local/tables.ts';
import { AUDIT_LAG_ALARM_SECONDS } from '#infra/stacks/service-stack.ts';
import { acknowledgements } from '#infra/suppressions.ts';
import { ROLES } from '#shared/auth/caller.ts';
import { financePaymentsQueue } from '#shared/contracts/finance-queue.ts';
import { READ_ACTIONS, WRITE_ACTIONS } from '#shared/db/access.ts';
import { OUTBOX_STREAM_FILTER } from '#shared/messaging/outbox.ts';
import { RECURRING_SCHEDULES, SCHEDULE_KINDS } from '#shared/platform/scheduler.ts';
import { routeTable } from '#shared/routes.ts';

let data: Template;
let service: Template;
let outdir: string;

beforeAll(() => {
  outdir = mkdtempSync(path.join(tmpdir(), 'innovatiemarkt-infra-'));
  const { app } = buildApp(new App({ outdir }));
  // Throws ValidationFailed if cdk-nag finds anything not acknowledged with a reason.
  const assembly = app.synth();
  data = Template.fromJSON(assembly.getStackByName('InnovatiemarktData').template);
  service = Template.fromJSON(assembly.getStackByName('InnovatiemarktService').template);
});

type Statement = { Action: string | string[]; Resource: unknown };
const statements = (template: Template): Statement[] =>
  Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (p) =>
      (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument
        .Statement,
  );
const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

describe('stateful stack', () => {
  it('creates the local table from the design exactly as CDK synthesizes it (npm start skips the synth)', async () => {
    expect(tableDefinitionFromDesign()).toEqual(await tableDefinitionFromCdk());
  });

  it('has one table with generic keys, the GSIs, streams for the outbox, PITR, TTL and encryption', () => {
    data.resourceCountIs('AWS::DynamoDB::Table', 1);
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      SSESpecification: { SSEEnabled: true },
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: 'gsi1',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
        }),
        Match.objectLike({
          IndexName: 'gsi2',
          KeySchema: [
            { AttributeName: 'gsi2pk', KeyType: 'HASH' },
            { AttributeName: 'gsi2sk', KeyType: 'RANGE' },
          ],
        }),
      ],
    });
    data.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' });
  });

  it('keeps documents in a private, encrypted, versioned bucket, TLS only, abandoned uploads expiring', () => {
    data.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'documents/' }),
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'incoming/', ExpirationInDays: 2, Status: 'Enabled' }),
          Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }),
        ]),
      },
    });
    data.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Deny', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
        ]),
      },
    });
    // Only the functions that hand out document URLs reach the bucket, each on its own prefixes.
    const policies = Object.values(service.findResources('AWS::IAM::Policy')) as {
      Properties: { PolicyDocument: { Statement: Statement[] } };
    }[];
    const s3Statements = policies
      .flatMap((p) => p.Properties.PolicyDocument.Statement)
      .filter(
        (st) =>
          actions(st).some((a) => a.startsWith('s3:')) && JSON.stringify(st).includes('documents-bucket'),
      );
    const prefixes = s3Statements.flatMap((st) =>
      ([] as unknown[])
        .concat((st as { Resource: unknown }).Resource)
        .map((r) => JSON.stringify(r).match(/\/([a-z/]+)\*/)?.[1]),
    );
    expect(prefixes.sort()).toEqual(
      Object.values(functionCatalogue)
        .flatMap((f) => ('objects' in f ? f.objects : []))
        .sort(),
    );
    for (const st of s3Statements)
      expect(actions(st).sort()).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:PutObject']);
  });

  it('has a custom bus with an archive for replay', () => {
    data.hasResourceProperties('AWS::Events::EventBus', { Name: 'innovatiemarkt' });
    data.hasResourceProperties('AWS::Events::Archive', { RetentionDays: 365 });
  });
});

describe('service stack', () => {
  it('serves every route of the route table, with the JWT authorizer exactly on the non-public ones', () => {
    // The public API's routes (the web site's origin API has one catch-all route of its own).
    const routes = Object.values(service.findResources('AWS::ApiGatewayV2::Route'))
      .map(
        (r) =>
          (
            r as {
              Properties: {
                ApiId: { Ref: string };
                RouteKey: string;
                AuthorizationType?: string;
                AuthorizationScopes?: string[];
              };
            }
          ).Properties,
      )
      .filter((r) => !r.ApiId.Ref.startsWith('WebSite'));
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(
      routeTable.map((r) => `${r.method} ${r.path}`).sort(),
    );
    for (const route of routeTable) {
      const deployed = routes.find((r) => r.RouteKey === `${route.method} ${route.path}`)!;
      expect(deployed.AuthorizationType ?? 'NONE', `${route.method} ${route.path}`).toBe(
        route.access === 'public' ? 'NONE' : 'JWT',
      );
      // Scopes on every protected route: those of exactly the roles it admits.
      expect(deployed.AuthorizationScopes, `${route.method} ${route.path}`).toEqual(
        route.access === 'public' ? undefined : route.access.map((role) => `innovatiemarkt/${role}`),
      );
    }
    // Cognito grants them: one scope per role on the resource server, put in the access token by the V2 trigger.
    service.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'innovatiemarkt',
      Scopes: ROLES.map((role) => ({ ScopeName: role, ScopeDescription: `Act as ${role}` })),
    });
    service.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PreTokenGenerationConfig: { LambdaVersion: 'V2_0' } },
      UserPoolTier: 'ESSENTIALS',
    });
    service.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
  });

  it('logs access and throttles on the API stage', () => {
    service.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
      DefaultRouteSettings: { ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 },
    });
  });

  it('builds every function as arm64 on the latest Node runtime with JSON logs and its own log group', () => {
    // Ours: CDK's own asset-upload custom resource (Python, acknowledged in suppressions.ts) aside.
    const functions = Object.entries(service.findResources('AWS::Lambda::Function'))
      .filter(([logicalId]) => !logicalId.startsWith('CustomCDKBucketDeployment'))
      .map(([, f]) => (f as { Properties: Record<string, unknown> }).Properties);
    expect(functions).toHaveLength(Object.keys(functionCatalogue).length);
    for (const fn of functions) {
      expect(fn.Runtime).toBe('nodejs24.x');
      expect(fn.Architectures).toEqual(['arm64']);
      expect(fn.LoggingConfig).toMatchObject({ LogFormat: 'JSON', LogGroup: expect.anything() });
      expect(fn.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  it('creates each rule of events/rules.ts with its pattern, retries and a dead-letter queue', () => {
    for (const rule of rules) {
      service.hasResourceProperties('AWS::Events::Rule', {
        Description: rule.description,
        EventPattern: rulePattern(rule),
        Targets: [
          Match.objectLike({
            DeadLetterConfig: { Arn: Match.anyValue() },
            RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 86_400 },
          }),
        ],
      });
    }
    // Consumers and schedule targets (invoked asynchronously): bounded retries, then their DLQ.
    const asyncTargets = new Set([
      ...rules.map((r) => r.target),
      ...Object.values(SCHEDULE_KINDS).map((k) => k.target),
      ...Object.values(RECURRING_SCHEDULES).map((k) => k.target),
    ]);
    service.resourceCountIs('AWS::Lambda::EventInvokeConfig', asyncTargets.size);
    for (const config of Object.values(service.findResources('AWS::Lambda::EventInvokeConfig')))
      expect((config as { Properties: unknown }).Properties).toMatchObject({
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: expect.anything() } },
      });
    service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('runs the weekly digest on Monday 08:00 Amsterdam time, telling the target its occurrence, with retries and a DLQ', () => {
    service.hasResourceProperties('AWS::Scheduler::Schedule', {
      Name: 'weekly-digest',
      ScheduleExpression: 'cron(0 8 ? * MON *)',
      ScheduleExpressionTimezone: 'Europe/Amsterdam',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: Match.objectLike({
        Input: JSON.stringify({ scheduledAt: '<aws.scheduler.scheduled-time>' }),
        DeadLetterConfig: { Arn: Match.anyValue() },
        RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86_400 },
      }),
    });
  });

  it('carries the outbox from the stream to the bus through a Pipe filtered to new outbox items, with a DLQ', () => {
    service.hasResourceProperties('AWS::Pipes::Pipe', {
      SourceParameters: {
        DynamoDBStreamParameters: Match.objectLike({
          StartingPosition: 'TRIM_HORIZON',
          MaximumRetryAttempts: 10,
          DeadLetterConfig: { Arn: Match.anyValue() },
        }),
        FilterCriteria: {
          Filters: [
            {
              Pattern: JSON.stringify({
                eventName: ['INSERT'],
                dynamodb: { NewImage: { entity: { S: ['OutboxEvent'] } } },
              }),
            },
          ],
        },
      },
      TargetParameters: Match.objectLike({
        EventBridgeEventBusParameters: { Source: '$.source', DetailType: '$.detailType' },
      }),
    });
  });

  it('feeds the audit trail through a FIFO queue, one message group per chain, in batches, with DLQs', () => {
    service.hasResourceProperties('AWS::Pipes::Pipe', {
      SourceParameters: Match.objectLike({
        FilterCriteria: { Filters: [{ Pattern: JSON.stringify(OUTBOX_STREAM_FILTER) }] },
      }),
      TargetParameters: {
        SqsQueueParameters: {
          MessageGroupId: '$.dynamodb.NewImage.auditChain.S',
          MessageDeduplicationId: '$.dynamodb.NewImage.pk.S',
        },
      },
    });
    service.hasResourceProperties('AWS::SQS::Queue', {
      FifoQueue: true,
      DeduplicationScope: 'messageGroup',
      FifoThroughputLimit: 'perMessageGroupId',
      RedrivePolicy: {
        deadLetterTargetArn: Match.anyValue(),
        maxReceiveCount: auditTrailQueue.maxReceiveCount,
      },
    });
    service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: auditTrailQueue.batchSize,
      ScalingConfig: { MaximumConcurrency: auditTrailQueue.concurrency },
    });
    // Its lag is watched: the oldest waiting event older than five minutes, three minutes running.
    service.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateAgeOfOldestMessage',
      Namespace: 'AWS/SQS',
      Threshold: AUDIT_LAG_ALARM_SECONDS,
      EvaluationPeriods: 3,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    // Not on the bus as well: each event is appended once, by the queue's consumer.
    for (const rule of rules) expect(rule.target).not.toBe(auditTrailQueue.target);
  });

  it('opens the finance port: a FIFO queue with a DLQ read by its consumer, sendable by the named finance accounts only', () => {
    service.hasResourceProperties('AWS::SQS::Queue', {
      FifoQueue: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
      RedrivePolicy: {
        deadLetterTargetArn: Match.anyValue(),
        maxReceiveCount: financePaymentsQueue.maxReceiveCount,
      },
    });
    service.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: financePaymentsQueue.batchSize,
      ScalingConfig: { MaximumConcurrency: financePaymentsQueue.concurrency },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(Object.keys(service.findOutputs('FinancePaymentsQueueUrl'))).toHaveLength(1);
    // Without accounts named nobody outside may send; with one, that account (and only to this queue).
    const sendsFromOutside = (template: Template) =>
      Object.values(template.findResources('AWS::SQS::QueuePolicy')).filter((p) =>
        JSON.stringify(p).includes(':root'),
      );
    expect(sendsFromOutside(service)).toHaveLength(0);
    const { app, service: withFinance } = buildApp(
      new App({
        outdir: mkdtempSync(path.join(tmpdir(), 'innovatiemarkt-finance-')),
        context: { financeAccounts: '123456789012' },
      }),
    );
    const template = Template.fromStack(withFinance);
    expect(app).toBeDefined();
    const policies = sendsFromOutside(template);
    expect(policies).toHaveLength(1);
    expect(JSON.stringify(policies[0])).toContain('123456789012');
    expect(JSON.stringify(policies[0])).toContain('sqs:SendMessage');
  });

  it('grants no Scan, no wildcard actions, and PutEvents only on our bus', () => {
    // CDK's asset-upload custom resource keeps CDK's grants (acknowledged with a reason).
    const ours = Object.entries(service.findResources('AWS::IAM::Policy'))
      .filter(([logicalId]) => !logicalId.startsWith('CustomCDKBucketDeployment'))
      .flatMap(
        ([, p]) =>
          (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument
            .Statement,
      );
    for (const statement of [...ours, ...statements(data)]) {
      for (const action of actions(statement)) {
        expect(action).not.toBe('dynamodb:Scan');
        expect(action).not.toMatch(/\*$/);
        if (action === 'events:PutEvents') expect(JSON.stringify(statement.Resource)).toMatch(/Bus/);
      }
    }
  });

  it('gives no DynamoDB permission to functions that never touch the table', () => {
    const policies = Object.values(service.findResources('AWS::IAM::Policy')) as {
      Properties: { PolicyDocument: { Statement: Statement[] }; Roles: { Ref: string }[] };
    }[];
    const dynamoRoles = policies
      .filter((p) =>
        p.Properties.PolicyDocument.Statement.some((s) => actions(s).some((a) => a.startsWith('dynamodb:'))),
      )
      .flatMap((p) => p.Properties.Roles.map((r) => r.Ref));
    const roleOf = (id: string) =>
      Object.entries(service.findResources('AWS::Lambda::Function')).find(([logicalId]) =>
        logicalId.startsWith(id),
      )![1] as {
        Properties: { Role: { 'Fn::GetAtt': [string, string] } };
      };
    for (const id of ['systemApi', 'outboxEnrichment', 'preTokenGeneration', 'webSite'])
      expect(dynamoRoles).not.toContain(roleOf(id).Properties.Role['Fn::GetAtt'][0]);
    expect(dynamoRoles).toContain(roleOf('challengesApi').Properties.Role['Fn::GetAtt'][0]);

    // Every function's grant is exactly its declaration: reads and writes, each on its partitions only.
    // (A function with a write route has its kept answers for retried writes added: tableAccessOf.)
    for (const id of Object.keys(functionCatalogue) as FunctionId[]) {
      const table = tableAccessOf(id);
      const role = roleOf(id).Properties.Role['Fn::GetAtt'][0];
      const granted = policies
        .filter((p) => p.Properties.Roles.some((r) => r.Ref === role))
        .flatMap((p) => p.Properties.PolicyDocument.Statement)
        .filter((s) => actions(s).some((a) => a.startsWith('dynamodb:')));
      const expected = table
        ? (['read', 'write'] as const)
            .filter((kind) => table[kind].length > 0)
            .map((kind) => ({
              actions: kind === 'read' ? READ_ACTIONS : WRITE_ACTIONS,
              keys: table[kind].map((prefix) => `${prefix}*`),
            }))
        : [];
      expect(
        granted.map((s) => ({
          actions: actions(s),
          keys: (s as { Condition?: Record<string, Record<string, unknown>> }).Condition?.[
            'ForAllValues:StringLike'
          ]?.['dynamodb:LeadingKeys'],
        })),
        id,
      ).toEqual(expected);
    }
    // A read-only function gets no write action at all.
    expect(functionCatalogue.reportsApi.table.write).toEqual([]);
  });

  it('puts the web site behind CloudFront: hashed assets from a private bucket, pages from the site Lambda', () => {
    const [distribution] = Object.values(service.findResources('AWS::CloudFront::Distribution')) as {
      Properties: { DistributionConfig: Record<string, any> };
    }[];
    const config = distribution!.Properties.DistributionConfig;
    const assets = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === '/assets/*');
    // Managed policies: CachingOptimized for assets, CachingDisabled for pages.
    expect(assets.CachePolicyId).toBe('658327ea-f89d-4fab-a63d-7e88639e58f6');
    expect(assets.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.DefaultCacheBehavior.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    expect(config.DefaultCacheBehavior.AllowedMethods).toContain('POST');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.Logging).toBeDefined();
    const s3Origin = config.Origins.find((o: { Id: string }) => o.Id === assets.TargetOriginId);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(s3Origin.S3OriginConfig.OriginAccessIdentity).toBe('');
    service.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          StrictTransportSecurity: Match.objectLike({
            AccessControlMaxAgeSec: 63_072_000,
            IncludeSubdomains: true,
          }),
          FrameOptions: { FrameOption: 'DENY', Override: true },
        }),
      }),
    });
    // The bucket is private, encrypted, TLS only; files go up with a year's immutable cache.
    service.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.anyValue(),
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.anyValue(),
    });
    service.hasResourceProperties('Custom::CDKBucketDeployment', {
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
      Prune: false,
    });
    // The site knows the hashed names of the files.
    const site = Object.entries(service.findResources('AWS::Lambda::Function')).find(([id]) =>
      id.startsWith('webSite'),
    )![1] as { Properties: { Environment: { Variables: Record<string, unknown> } } };
    const manifest = JSON.parse(site.Properties.Environment.Variables.SITE_ASSETS as string);
    expect(manifest.css).toMatch(/^\/assets\/site\.[0-9a-f]{12}\.css$/);
    expect(site.Properties.Environment.Variables.TABLE_NAME).toBeUndefined();
  });

  it('signs people in to the site with Cognito managed login: a public client, code flow with PKCE', () => {
    const clients = Object.values(service.findResources('AWS::Cognito::UserPoolClient')).map(
      (c) => (c as { Properties: Record<string, any> }).Properties,
    );
    const site = clients.find((c) => JSON.stringify(c.CallbackURLs ?? []).includes('/auth/callback'))!;
    expect(site.GenerateSecret).toBe(false);
    expect(site.AllowedOAuthFlows).toEqual(['code']);
    expect(site.AllowedOAuthScopes).toEqual(expect.arrayContaining(['openid', 'email', 'profile']));
    expect(JSON.stringify(site.LogoutURLs)).toMatch(/WebSiteCdn.*DomainName/);
    service.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 2 });
    service.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', { UseCognitoProvidedValues: true });
    // The API accepts the site's tokens too.
    const authorizer = Object.values(service.findResources('AWS::ApiGatewayV2::Authorizer'))[0] as {
      Properties: { JwtConfiguration: { Audience: unknown[] } };
    };
    expect(authorizer.Properties.JwtConfiguration.Audience).toHaveLength(2);
    // The site reads its settings from one parameter and its session key from one secret, nothing else.
    const siteRole = (
      Object.entries(service.findResources('AWS::Lambda::Function')).find(([id]) =>
        id.startsWith('webSite'),
      )![1] as {
        Properties: { Role: { 'Fn::GetAtt': [string] } };
      }
    ).Properties.Role['Fn::GetAtt'][0];
    const granted = Object.values(service.findResources('AWS::IAM::Policy'))
      .filter((p) =>
        (p as { Properties: { Roles: { Ref: string }[] } }).Properties.Roles.some((r) => r.Ref === siteRole),
      )
      .flatMap(
        (p) =>
          (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument
            .Statement,
      )
      .flatMap(actions)
      .sort();
    expect(granted).toEqual([
      'secretsmanager:DescribeSecret',
      'secretsmanager:GetSecretValue',
      'ssm:GetParameter',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
  });

  it('lets companies in through their eHerkenning and eIDAS brokers (OIDC), mapped claims only; short tokens; MFA for officials', () => {
    const providers = Object.values(service.findResources('AWS::Cognito::UserPoolIdentityProvider')).map(
      (p) => (p as { Properties: Record<string, any> }).Properties,
    );
    expect(providers.map((p) => [p.ProviderName, p.ProviderType]).sort()).toEqual([
      ['eHerkenning', 'OIDC'],
      ['eIDAS', 'OIDC'],
    ]);
    const eherkenning = providers.find((p) => p.ProviderName === 'eHerkenning')!;
    expect(eherkenning.AttributeMapping).toEqual({
      'custom:acting_for': 'kvk',
      'custom:acr': 'acr',
      'custom:intermediary': 'intermediary_kvk',
    });
    expect(providers.find((p) => p.ProviderName === 'eIDAS')!.AttributeMapping['custom:acting_for']).toBe(
      'euid',
    );
    // Issuer and client id from SSM, the secret resolved from Secrets Manager at deploy: none in the template.
    const details = JSON.stringify(eherkenning.ProviderDetails);
    expect(details).toContain(
      '{{resolve:secretsmanager:innovatiemarkt/brokers/eherkenning:SecretString:::}}',
    );
    expect(JSON.stringify(service.toJSON().Parameters)).toContain(
      '/innovatiemarkt/brokers/eherkenning/issuer',
    );
    // No role or organisation attribute is mapped from a broker: the trigger derives them.
    expect(JSON.stringify(providers)).not.toMatch(/custom:(role|org)"/);
    const site = Object.values(service.findResources('AWS::Cognito::UserPoolClient'))
      .map((c) => (c as { Properties: Record<string, any> }).Properties)
      .find((c) => JSON.stringify(c.CallbackURLs ?? []).includes('/auth/callback'))!;
    expect(site.SupportedIdentityProviders).toEqual(['COGNITO', 'eHerkenning', 'eIDAS']);
    expect([site.AccessTokenValidity, site.IdTokenValidity, site.TokenValidityUnits]).toEqual([
      15,
      15,
      expect.objectContaining({ AccessToken: 'minutes', IdToken: 'minutes' }),
    ]);
    service.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  it('sends e-mail through SES from the functions marked mail only, bounces and complaints suppressed and reported', () => {
    service.hasResourceProperties('AWS::SES::ConfigurationSet', {
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    service.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({ MatchingEventTypes: ['bounce', 'complaint'], Enabled: true }),
    });
    service.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: Match.objectLike({
        source: ['aws.ses'],
        'detail-type': ['Email Bounced', 'Email Complaint Received'],
      }),
    });
    const senders = Object.values(service.findResources('AWS::IAM::Policy')).filter((p) =>
      (
        p as { Properties: { PolicyDocument: { Statement: Statement[] } } }
      ).Properties.PolicyDocument.Statement.some((st) => actions(st).includes('ses:SendEmail')),
    );
    const marked = Object.entries(functionCatalogue)
      .filter(([, d]) => 'mail' in d && d.mail)
      .map(([id]) => id);
    expect(marked.sort()).toEqual([
      'deadlineReminder',
      'followUpOverdueReminder',
      'notifier',
      // Invitations: their code is in the e-mail alone (never in an event the notifier could read).
      'peopleApi',
      // The buyer's last day to review a deliverable (issue #35).
      'reviewReminder',
      'weeklyDigest',
    ]);
    expect(senders).toHaveLength(marked.length);
  });

  it('lets an organisation bring its own identity provider (OIDC or SAML) for its officials, when configured', () => {
    // None by default: officials have Cognito accounts from their invitations.
    expect(JSON.stringify(service.toJSON())).not.toContain('org-');
    const app = new App({
      outdir: mkdtempSync(path.join(tmpdir(), 'innovatiemarkt-infra-orgs-')),
      context: { organisationIdps: 'zuid-holland:oidc,utrecht:saml' },
    });
    buildApp(app);
    const template = Template.fromJSON(app.synth().getStackByName('InnovatiemarktService').template);
    const providers = Object.values(template.findResources('AWS::Cognito::UserPoolIdentityProvider'))
      .map((p) => (p as { Properties: Record<string, any> }).Properties)
      .filter((p) => String(p.ProviderName).startsWith('org-'));
    expect(providers.map((p) => [p.ProviderName, p.ProviderType]).sort()).toEqual([
      ['org-utrecht', 'SAML'],
      ['org-zuid-holland', 'OIDC'],
    ]);
    expect(providers[0]!.AttributeMapping).toMatchObject({ 'custom:role': 'innovatiemarkt_role' });
    const site = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))
      .map((c) => (c as { Properties: Record<string, any> }).Properties)
      .find((c) => JSON.stringify(c.CallbackURLs ?? []).includes('/auth/callback'))!;
    expect(site.SupportedIdentityProviders).toEqual(
      expect.arrayContaining(['COGNITO', 'org-zuid-holland', 'org-utrecht']),
    );
    // The trigger learns which organisation each provider speaks for (from SSM, at deploy).
    const trigger = Object.entries(template.findResources('AWS::Lambda::Function')).find(([id]) =>
      id.startsWith('preTokenGeneration'),
    )![1] as { Properties: { Environment: { Variables: Record<string, unknown> } } };
    const setting = JSON.stringify(trigger.Properties.Environment.Variables.ORGANISATION_IDPS);
    expect(setting).toContain('org-zuid-holland');
    expect(JSON.stringify(template.toJSON().Parameters)).toContain(
      '/innovatiemarkt/organisations/zuid-holland/oin',
    );
    expect(() => buildApp(new App({ context: { organisationIdps: 'zuid-holland' } }))).toThrow(
      /not <name>:oidc or <name>:saml/,
    );
  });

  it('lets only the people function manage officials’ accounts, on the user pool alone', () => {
    const managers = Object.values(service.findResources('AWS::IAM::Policy'))
      .flatMap(
        (p) =>
          (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument
            .Statement,
      )
      .filter((st) => actions(st).some((a) => a.startsWith('cognito-idp:')));
    expect(managers).toHaveLength(1);
    expect(actions(managers[0]!).sort()).toEqual([
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminDisableUser',
      'cognito-idp:AdminSetUserPassword',
      'cognito-idp:AdminUpdateUserAttributes',
      'cognito-idp:AdminUserGlobalSignOut',
    ]);
    expect(JSON.stringify(managers[0]!.Resource)).toMatch(/"Users[0-9A-F]+","Arn"/);
  });

  it('leaves no cdk-nag error or warning unacknowledged', () => {
    const report = path.join(outdir, 'validation-report.json');
    if (existsSync(report)) {
      const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
        pluginReports: { violations: { ruleName: string }[] }[];
      };
      expect(parsed.pluginReports.flatMap((p) => p.violations.map((v) => v.ruleName))).toEqual([]);
    }
  });

  it('runs the AwsSolutions and Serverless packs, and every acknowledgement gives a real reason', () => {
    const ids = acknowledgements.map((a) => a.id);
    expect(ids.some((id) => id.startsWith('AwsSolutions-'))).toBe(true);
    expect(ids.some((id) => id.startsWith('Serverless-'))).toBe(true);
    for (const { path: where, id, reason } of acknowledgements) {
      expect(reason.length, `${id} on ${where}`).toBeGreaterThanOrEqual(40);
      expect(reason, `${id} on ${where}`).not.toMatch(/\b(todo|tbd|fixme|later|temporary)\b/i);
    }
    // Nothing is waved through wholesale: acknowledgements sit on the construct they concern.
    expect(acknowledgements.every((a) => a.path.split('/').length >= 2)).toBe(true);
  });

  it('would fail synthesis on an unacknowledged finding (the check above can fail)', () => {
    const app = new App({ outdir: mkdtempSync(path.join(tmpdir(), 'nag-negative-')) });
    new Queue(new Stack(app, 'Bad'), 'PlainQueue');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS3/);
  });
});
