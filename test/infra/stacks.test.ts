import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { rulePattern, rules } from '#events/rules.ts';
import { functionCatalogue } from '#functions/catalogue.ts';
import { buildApp } from '#infra/app.ts';
import { acknowledgements } from '#infra/suppressions.ts';
import { ROLES } from '#shared/auth/caller.ts';
import { READ_ACTIONS, type TableAccess, WRITE_ACTIONS } from '#shared/db/access.ts';
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

  it('has a custom bus with an archive for replay', () => {
    data.hasResourceProperties('AWS::Events::EventBus', { Name: 'innovatiemarkt' });
    data.hasResourceProperties('AWS::Events::Archive', { RetentionDays: 365 });
  });
});

describe('service stack', () => {
  it('serves every route of the route table, with the JWT authorizer exactly on the non-public ones', () => {
    const routes = Object.values(service.findResources('AWS::ApiGatewayV2::Route')).map(
      (r) =>
        (
          r as {
            Properties: { RouteKey: string; AuthorizationType?: string; AuthorizationScopes?: string[] };
          }
        ).Properties,
    );
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
    const functions = Object.values(service.findResources('AWS::Lambda::Function')).map(
      (f) => (f as { Properties: Record<string, unknown> }).Properties,
    );
    expect(functions.length).toBeGreaterThanOrEqual(4);
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
    const asyncTargets = new Set([...rules.map((r) => r.target), 'phaseCloser', 'followUpReminder']);
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

  it('grants no Scan, no wildcard actions, and PutEvents only on our bus', () => {
    for (const statement of [...statements(service), ...statements(data)]) {
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
    for (const id of ['systemApi', 'outboxEnrichment', 'preTokenGeneration'])
      expect(dynamoRoles).not.toContain(roleOf(id).Properties.Role['Fn::GetAtt'][0]);
    expect(dynamoRoles).toContain(roleOf('challengesApi').Properties.Role['Fn::GetAtt'][0]);

    // Every function's grant is exactly its declaration: reads and writes, each on its partitions only.
    for (const [id, definition] of Object.entries(functionCatalogue)) {
      const role = roleOf(id).Properties.Role['Fn::GetAtt'][0];
      const granted = policies
        .filter((p) => p.Properties.Roles.some((r) => r.Ref === role))
        .flatMap((p) => p.Properties.PolicyDocument.Statement)
        .filter((s) => actions(s).some((a) => a.startsWith('dynamodb:')));
      const expected = definition.table
        ? (['read', 'write'] as const)
            .filter((kind) => definition.table && definition.table[kind].length > 0)
            .map((kind) => ({
              actions: kind === 'read' ? READ_ACTIONS : WRITE_ACTIONS,
              keys: (definition.table as TableAccess)[kind].map((prefix) => `${prefix}*`),
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
