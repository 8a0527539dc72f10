import { CfnOutput, Duration, Fn, Stack, type StackProps, Token } from 'aws-cdk-lib';
import { type CfnStage, HttpApi, HttpMethod, type HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import {
  AccountRecovery,
  FeaturePlan,
  LambdaVersion,
  Mfa,
  OAuthScope,
  ResourceServerScope,
  StringAttribute,
  UserPool,
  UserPoolOperation,
} from 'aws-cdk-lib/aws-cognito';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { type CfnRule, EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { AccountPrincipal, Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnPipe } from 'aws-cdk-lib/aws-pipes';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { CfnSchedule, CfnScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import {
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { DeduplicationScope, FifoThroughputLimit, Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { auditTrailQueue, rulePattern } from '#events/rules.ts';
import {
  eventRules,
  type FunctionId,
  functionCatalogue,
  type HttpFunctionId,
  httpRoutes,
  tableAccessOf,
} from '#functions/catalogue.ts';
import { CLAIMS, ROLES, SCOPE_SERVER, scopeFor } from '#shared/auth/caller.ts';
import { financePaymentsQueue } from '#shared/contracts/finance-queue.ts';
import { READ_ACTIONS, type TableAccess, WRITE_ACTIONS } from '#shared/db/access.ts';
import { tableDesign } from '#shared/db/table.ts';
import { OUTBOX_STREAM_FILTER } from '#shared/messaging/outbox.ts';
import { cronExpression, RECURRING_SCHEDULES, SCHEDULE_KINDS } from '#shared/platform/scheduler.ts';
import { BROKER_CUSTOM_ATTRIBUTES, CompanyBrokers, DEFAULT_BROKERS } from '../constructs/company-brokers.ts';
import { MarketplaceFunction } from '../constructs/marketplace-function.ts';
import { OrganisationIdps, parseOrganisationIdps } from '../constructs/organisation-idps.ts';
import { WebSite } from '../constructs/web-site.ts';
import { DOCUMENTS_EXPORTS } from './stateful-stack.ts';

export interface ServiceStackProps extends StackProps {
  table: Table;
  bus: EventBus;
  /** OIN of EZK, the funder that carries half of every joint challenge. */
  ezkOin: string;
  /** The web site's own domain and its certificate (us-east-1); default the CloudFront name. */
  siteDomain?: { domainName: string; certificateArn: string };
  /** The domain e-mail is sent from (verified in SES through the DKIM records it outputs). */
  mailDomain?: string;
  /** AWS accounts of the buyers' finance systems: they may report payments on the finance port. */
  financeAccounts?: readonly string[];
}

/** How long an event may wait for the audit trail before the lag alarm goes off. */
export const AUDIT_LAG_ALARM_SECONDS = 300;

/** A dead-letter queue with an alarm on anything arriving in it. */
class DeadLetterQueue extends Construct {
  readonly queue: Queue;
  constructor(scope: Construct, id: string, options: { fifo?: boolean } = {}) {
    super(scope, id);
    this.queue = new Queue(this, 'Queue', {
      ...(options.fifo ? { fifo: true } : {}),
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    new Alarm(this, 'NotEmpty', {
      alarmDescription: `Events failed for good and wait in ${id}: inspect and re-drive them.`,
      metric: this.queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}

/**
 * The stateless part: identity (Cognito), the HTTP API built from the route table, one function
 * per catalogue entry, the event rules built from `events/rules.ts`, and the outbox Pipe.
 */
export class ServiceStack extends Stack {
  readonly api: HttpApi;
  readonly functions = new Map<FunctionId, MarketplaceFunction>();
  /** Routes anyone may call (no authorizer), by design of the route table. */
  readonly publicRoutes: HttpRoute[] = [];
  readonly deadLetterQueues: Queue[] = [];
  readonly userPool: UserPool;
  readonly site: WebSite;
  /** The one wildcard we accept: schedules are named at run time (per phase, per award round), by kind. */
  /** Per creating function, one finding per schedule kind it creates (a function may create several kinds). */
  readonly scheduleWildcardFindings = new Map<FunctionId, string[]>();
  /** Functions with document prefixes (their object ARNs end in a wildcard by nature). */
  readonly documentFunctions = new Map<FunctionId, readonly string[]>();

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { table, bus } = props;
    // The documents bucket by its exports (named), so each grant's resource reads the same in every account.
    const documents = Bucket.fromBucketAttributes(this, 'Documents', {
      bucketArn: Fn.importValue(DOCUMENTS_EXPORTS.arn),
      bucketName: Fn.importValue(DOCUMENTS_EXPORTS.name),
    });

    // Identity: role and organisation are custom attributes the programme office sets; users cannot.
    const userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      // Sealed bids and public money: every account has a second factor.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      // Essentials: access tokens can carry our claims and scopes (pre token generation V2).
      featurePlan: FeaturePlan.ESSENTIALS,
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
      },
      customAttributes: {
        [CLAIMS.role.replace('custom:', '')]: new StringAttribute({ minLen: 2, maxLen: 16, mutable: true }),
        [CLAIMS.org.replace('custom:', '')]: new StringAttribute({ minLen: 8, maxLen: 20, mutable: true }),
        // What a company's broker vouches for (mapped from its claims at every sign-in).
        ...Object.fromEntries(
          BROKER_CUSTOM_ATTRIBUTES.map((name) => [name, new StringAttribute({ maxLen: 64, mutable: true })]),
        ),
      },
    });
    this.userPool = userPool;
    // Companies: eHerkenning and eIDAS brokers (`-c brokers=eherkenning` picks; `-c brokers=` none).
    const brokerNames = this.node.tryGetContext('brokers') as string | undefined;
    // Officials of an organisation with its own identity provider (`-c organisationIdps=name:oidc,…`).
    const organisationIdps = new OrganisationIdps(this, 'OrganisationIdps', {
      userPool,
      idps: parseOrganisationIdps(this.node.tryGetContext('organisationIdps') as string | undefined),
    });
    const brokers = new CompanyBrokers(this, 'CompanyBrokers', {
      userPool,
      ...(brokerNames !== undefined
        ? { brokers: DEFAULT_BROKERS.filter((b) => String(brokerNames).split(',').includes(b.name)) }
        : {}),
    });
    // One OAuth scope per role; the pre token generation trigger grants the user's own.
    const roleScopes = ROLES.map(
      (role) => new ResourceServerScope({ scopeName: role, scopeDescription: `Act as ${role}` }),
    );
    const resourceServer = userPool.addResourceServer('Api', {
      identifier: SCOPE_SERVER,
      scopes: roleScopes,
    });
    const client = userPool.addClient('Web', {
      authFlows: { userSrp: true },
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, ...roleScopes.map((s) => OAuthScope.resourceServer(resourceServer, s))],
      },
    });
    const issuer = `https://cognito-idp.${this.region}.amazonaws.com/${userPool.userPoolId}`;

    // The web site: CloudFront, assets bucket, its Lambda and its own sign-in client. Its function
    // gets none of the API's settings (no table): it calls the public API like any client.
    const siteFunction = new MarketplaceFunction(this, 'webSite', { functionId: 'webSite' });
    this.functions.set('webSite', siteFunction);
    this.site = new WebSite(this, 'WebSite', {
      userPool,
      roleScopes: roleScopes.map((scope) => OAuthScope.resourceServer(resourceServer, scope)),
      siteFunction,
      issuer,
      brokers,
      organisationIdps,
      ...(props.siteDomain ? { customDomain: props.siteDomain } : {}),
    });
    // Tokens of both clients (API tools and the web site) are accepted.
    const audiences = [client.userPoolClientId, this.site.client.userPoolClientId];
    const authorizer = new HttpJwtAuthorizer('Jwt', issuer, { jwtAudience: audiences });

    const environment = {
      TABLE_NAME: table.tableName,
      TOKEN_ISSUER: issuer,
      TOKEN_AUDIENCE: audiences.join(','),
      TOKEN_JWKS_URL: `${issuer}/.well-known/jwks.json`,
      EZK_OIN: props.ezkOin,
      // Public links to pages (a call's documents in the open data).
      PUBLIC_SITE_URL: this.site.siteUrl,
    };
    // Least privilege per function: its reads and its writes, each limited to its partitions.
    const tablePolicies = (access: TableAccess) =>
      (['read', 'write'] as const)
        .filter((kind) => access[kind].length > 0)
        .map(
          (kind) =>
            new PolicyStatement({
              effect: Effect.ALLOW,
              actions: kind === 'read' ? READ_ACTIONS : WRITE_ACTIONS,
              resources: [
                table.tableArn,
                ...(kind === 'read'
                  ? Object.keys(tableDesign.indexes).map((index) => `${table.tableArn}/index/${index}`)
                  : []),
              ],
              conditions: {
                'ForAllValues:StringLike': {
                  'dynamodb:LeadingKeys': access[kind].map((prefix) => `${prefix}*`),
                },
              },
            }),
        );
    const fn = (functionId: FunctionId): MarketplaceFunction => {
      let existing = this.functions.get(functionId);
      if (!existing) {
        const definition = functionCatalogue[functionId];
        existing = new MarketplaceFunction(this, functionId, {
          functionId,
          // The Cognito trigger must not depend on the pool it belongs to (the token settings name it).
          environment: definition.kind === 'identity' ? { EZK_OIN: props.ezkOin } : environment,
        });
        const table = tableAccessOf(functionId);
        if (table) for (const policy of tablePolicies(table)) existing.addToRolePolicy(policy);
        const objects = 'objects' in definition ? definition.objects : undefined;
        if (objects) {
          // Presigned URLs act with the signer's rights: only its own prefixes, no listing.
          existing.addToRolePolicy(
            new PolicyStatement({
              actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
              resources: objects.map((prefix) => documents.arnForObjects(`${prefix}*`)),
            }),
          );
          existing.addEnvironment('DOCUMENTS_BUCKET', documents.bucketName);
          this.documentFunctions.set(functionId, objects);
        }
        this.functions.set(functionId, existing);
      }
      return existing;
    };

    // Officials' accounts are created, changed and disabled by the function marked `accounts`.
    for (const [functionId, definition] of Object.entries(functionCatalogue) as [
      FunctionId,
      (typeof functionCatalogue)[FunctionId],
    ][]) {
      if (!('accounts' in definition && definition.accounts)) continue;
      const manager = fn(functionId);
      manager.addToRolePolicy(
        new PolicyStatement({
          actions: [
            'cognito-idp:AdminCreateUser',
            'cognito-idp:AdminSetUserPassword',
            'cognito-idp:AdminUpdateUserAttributes',
            'cognito-idp:AdminDisableUser',
            'cognito-idp:AdminUserGlobalSignOut',
          ],
          resources: [userPool.userPoolArn],
        }),
      );
      manager.addEnvironment('USER_POOL_ID', userPool.userPoolId);
    }

    const preToken = fn('preTokenGeneration');
    preToken.addEnvironment('ORGANISATION_IDPS', organisationIdps.setting);
    userPool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, preToken, LambdaVersion.V2_0);

    // The HTTP API, one route per entry of the route table.
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.ONE_YEAR });
    this.api = new HttpApi(this, 'Api', {
      apiName: 'innovatiemarkt',
      description: 'innovatiemarkt public API',
    });
    const stage = this.api.defaultStage!.node.defaultChild as CfnStage;
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        routeKey: '$context.routeKey',
        status: '$context.status',
        latency: '$context.responseLatency',
        integrationError: '$context.integrationErrorMessage',
      }),
    };
    stage.defaultRouteSettings = { throttlingBurstLimit: 200, throttlingRateLimit: 100 };
    this.site.configure(this.api.apiEndpoint);

    const integrations = new Map<HttpFunctionId, HttpLambdaIntegration>();
    for (const route of httpRoutes) {
      let integration = integrations.get(route.function);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${route.function}Integration`, fn(route.function));
        integrations.set(route.function, integration);
      }
      const added = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
        ...(route.access === 'public'
          ? {}
          : { authorizer, authorizationScopes: route.access.map((role) => scopeFor(role)) }),
      });
      if (route.access === 'public') this.publicRoutes.push(...added);
    }

    // Event rules: each consumer gets its rule, retries, a DLQ for the rule and one for the function.
    for (const rule of eventRules) {
      const target = fn(rule.target);
      const dlq = new DeadLetterQueue(this, `${rule.name}Dlq`);
      this.deadLetterQueues.push(dlq.queue);
      this.asyncFailures(target, dlq.queue);
      const eventRule = new Rule(this, `${rule.name}Rule`, {
        eventBus: bus,
        description: rule.description,
        eventPattern: { source: ['placeholder'] },
        targets: [
          new LambdaFunction(target, {
            deadLetterQueue: dlq.queue,
            retryAttempts: 8,
            maxEventAge: Duration.hours(24),
          }),
        ],
      });
      // The pattern comes from the event definitions (same as the local bus), including `$or`.
      (eventRule.node.defaultChild as CfnRule).addPropertyOverride('EventPattern', rulePattern(rule));
    }

    this.mail(fn, props.mailDomain ?? 'innovatiemarkt.nl');
    this.oneTimeSchedules(fn);
    this.outboxPipe(table, bus, fn('outboxEnrichment'));
    this.auditQueue(table, fn(auditTrailQueue.target));
    this.financePort(fn(financePaymentsQueue.target), props.financeAccounts ?? []);
  }

  /**
   * An SQS FIFO queue read by its consumer, with an alarmed FIFO DLQ: ordered per message group
   * only (groups do not wait for each other), encrypted, TLS only, visible to the consumer six
   * times its timeout. The audit trail's queue and the finance port's are both made here.
   */
  private consumedFifoQueue(
    ids: { queue: string; dlq: string },
    consumer: MarketplaceFunction,
    settings: {
      batchSize: number;
      concurrency: number;
      maxReceiveCount: number;
      retention: Duration;
      reportBatchItemFailures?: boolean;
    },
  ): Queue {
    const dlq = new DeadLetterQueue(this, ids.dlq, { fifo: true });
    this.deadLetterQueues.push(dlq.queue);
    const queue = new Queue(this, ids.queue, {
      fifo: true,
      deduplicationScope: DeduplicationScope.MESSAGE_GROUP,
      fifoThroughputLimit: FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(Math.max(6 * consumer.timeout!.toSeconds(), 30)),
      retentionPeriod: settings.retention,
      deadLetterQueue: { queue: dlq.queue, maxReceiveCount: settings.maxReceiveCount },
    });
    consumer.addEventSource(
      new SqsEventSource(queue, {
        batchSize: settings.batchSize,
        maxConcurrency: settings.concurrency,
        ...(settings.reportBatchItemFailures ? { reportBatchItemFailures: true } : {}),
      }),
    );
    return queue;
  }

  /**
   * The finance port: an SQS FIFO queue the buyers' finance systems report their payments to (one
   * message group per milestone; their reference as deduplication id), read by the consumer that
   * records them. Only the named accounts may send; what does not match ends in the alarmed DLQ.
   */
  private financePort(consumer: MarketplaceFunction, accounts: readonly string[]) {
    const queue = this.consumedFifoQueue(
      { queue: `${financePaymentsQueue.name}Queue`, dlq: `${financePaymentsQueue.name}Dlq` },
      consumer,
      {
        ...financePaymentsQueue,
        retention: Duration.days(14),
        // One payment that does not match does not hold back the others of its batch.
        reportBatchItemFailures: true,
      },
    );
    for (const account of accounts) queue.grantSendMessages(new AccountPrincipal(account));
    new CfnOutput(this, 'FinancePaymentsQueueUrl', {
      description: "Where buyers' finance systems report payments (SQS FIFO; see README, finance port)",
      value: queue.queueUrl,
    });
  }

  /**
   * The audit trail's single writer per chain: a second Pipe reads the stream into an SQS FIFO
   * queue, the outbox item's chain as message group (Pipes' dynamic path parameters), its key as
   * deduplication id; the consumer takes batches in order per chain, chains in parallel.
   */
  private auditQueue(table: Table, consumer: MarketplaceFunction) {
    // Ordered per message group (a chain) only, so chains do not wait for each other.
    const queue = this.consumedFifoQueue(
      { queue: `${auditTrailQueue.name}Queue`, dlq: `${auditTrailQueue.name}QueueDlq` },
      consumer,
      { ...auditTrailQueue, retention: Duration.days(4) },
    );
    // The trail's lag: an event waiting longer than this means its writer fell behind or is stuck
    // (npm run audit:verify names what is missing once it is past).
    new Alarm(this, `${auditTrailQueue.name}Lag`, {
      alarmDescription: `The audit trail falls behind: its oldest event has waited more than ${AUDIT_LAG_ALARM_SECONDS / 60} minutes.`,
      metric: queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(1) }),
      threshold: AUDIT_LAG_ALARM_SECONDS,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const { role, ...source } = this.outboxStreamSource(`${auditTrailQueue.name}Pipe`, table, {
      bisectOnFailure: false,
    });
    queue.grantSendMessages(role);
    new CfnPipe(this, `${auditTrailQueue.name}Pipe`, {
      description: 'Feeds every outbox item to the audit trail, in order per chain',
      roleArn: role.roleArn,
      ...source,
      target: queue.queueArn,
      targetParameters: {
        sqsQueueParameters: {
          messageGroupId: auditTrailQueue.messageGroupPath,
          messageDeduplicationId: auditTrailQueue.deduplicationPath,
        },
      },
    });
  }

  /**
   * E-mail through SES v2: one sending identity (DKIM), a configuration set that suppresses
   * bounces and complaints and reports them on the default bus (the only bus SES delivers to),
   * where a rule hands them to the feedback function; only functions marked `mail` may send.
   */
  private mail(fn: (id: FunctionId) => MarketplaceFunction, domain: string) {
    const identity = new EmailIdentity(this, 'MailIdentity', { identity: Identity.domain(domain) });
    const configurationSet = new ConfigurationSet(this, 'MailConfiguration', {
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      reputationMetrics: true,
    });
    const defaultBus = EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    configurationSet.addEventDestination('Feedback', {
      destination: EventDestination.eventBus(defaultBus),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    for (const [functionId, definition] of Object.entries(functionCatalogue) as [
      FunctionId,
      (typeof functionCatalogue)[FunctionId],
    ][]) {
      if (!('mail' in definition && definition.mail)) continue;
      const sender = fn(functionId);
      sender.addToRolePolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail', 'ses:SendRawEmail'],
          resources: [
            `arn:${Stack.of(this).partition}:ses:${Stack.of(this).region}:${Stack.of(this).account}:identity/${identity.emailIdentityName}`,
            `arn:${Stack.of(this).partition}:ses:${Stack.of(this).region}:${Stack.of(this).account}:configuration-set/${configurationSet.configurationSetName}`,
          ],
        }),
      );
      sender.addEnvironment('SES_CONFIGURATION_SET', configurationSet.configurationSetName);
      sender.addEnvironment('MAIL_FROM', `Innovatiemarkt <noreply@${domain}>`);
    }
    const feedback = fn('mailFeedback');
    const dlq = new DeadLetterQueue(this, 'MailFeedbackDlq');
    this.deadLetterQueues.push(dlq.queue);
    new Rule(this, 'MailFeedbackRule', {
      description: 'SES bounces and complaints of our configuration set suppress the address.',
      eventPattern: {
        source: ['aws.ses'],
        detailType: ['Email Bounced', 'Email Complaint Received'],
        detail: { mail: { tags: { 'ses:configuration-set': [configurationSet.configurationSetName] } } },
      },
      targets: [new LambdaFunction(feedback, { deadLetterQueue: dlq.queue, retryAttempts: 8 })],
    });
  }

  /**
   * One-time schedules (phase deadlines, follow-up reminders): each scheduling consumer may create
   * schedules of its own kind only (name prefix) in our group; the Scheduler invokes the targets
   * with a role that may do only that, and dead-letters failures.
   */
  private oneTimeSchedules(fn: (id: FunctionId) => MarketplaceFunction) {
    const groupName = 'innovatiemarkt-schedules';
    const group = new CfnScheduleGroup(this, 'Schedules', { name: groupName });
    const dlq = new DeadLetterQueue(this, 'ScheduleDlq');
    this.deadLetterQueues.push(dlq.queue);
    const role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
    });
    dlq.queue.grantSendMessages(role);
    // cdk-nag names the finding after the resolved ARN; unresolved parts appear as <AWS::…>.
    const shown = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);
    for (const kind of Object.values(SCHEDULE_KINDS)) {
      const creator = fn(kind.scheduledBy);
      const target = fn(kind.target);
      // The Scheduler invokes asynchronously: failures after Lambda's retries land in the DLQ too.
      this.asyncFailures(target, dlq.queue);
      role.addToPolicy(
        new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [target.functionArn] }),
      );
      const schedules = `arn:${this.partition}:scheduler:${this.region}:${this.account}:schedule/${groupName}/${kind.namePrefix}*`;
      creator.addToRolePolicy(
        new PolicyStatement({ actions: ['scheduler:CreateSchedule'], resources: [schedules] }),
      );
      creator.addToRolePolicy(new PolicyStatement({ actions: ['iam:PassRole'], resources: [role.roleArn] }));
      this.scheduleWildcardFindings.set(kind.scheduledBy, [
        ...(this.scheduleWildcardFindings.get(kind.scheduledBy) ?? []),
        `AwsSolutions-IAM5[Resource::arn:${shown(this.partition, 'Partition')}:scheduler:${shown(this.region, 'Region')}:${shown(this.account, 'AccountId')}:schedule/${groupName}/${kind.namePrefix}*]`,
      ]);
      creator.addEnvironment('SCHEDULE_GROUP', groupName);
      creator.addEnvironment('SCHEDULER_ROLE_ARN', role.roleArn);
      creator.addEnvironment('SCHEDULER_DLQ_ARN', dlq.queue.queueArn);
      creator.addEnvironment(`SCHEDULE_TARGET_${kind.target}`, target.functionArn);
    }
    // Recurring schedules (the weekly digest): declared here, at Amsterdam wall-clock time.
    for (const [id, recurring] of Object.entries(RECURRING_SCHEDULES)) {
      const target = fn(recurring.target);
      this.asyncFailures(target, dlq.queue);
      role.addToPolicy(
        new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [target.functionArn] }),
      );
      new CfnSchedule(this, `Recurring${id[0]!.toUpperCase()}${id.slice(1)}`, {
        name: recurring.name,
        groupName,
        scheduleExpression: cronExpression(recurring),
        scheduleExpressionTimezone: 'Europe/Amsterdam',
        flexibleTimeWindow: { mode: 'OFF' },
        target: {
          arn: target.functionArn,
          roleArn: role.roleArn,
          // The target learns which occurrence it runs for (the week of the digest).
          input: JSON.stringify({ scheduledAt: '<aws.scheduler.scheduled-time>' }),
          retryPolicy: { maximumRetryAttempts: 10, maximumEventAgeInSeconds: 86_400 },
          deadLetterConfig: { arn: dlq.queue.queueArn },
        },
      }).addDependency(group);
    }
  }

  /**
   * Functions invoked asynchronously (rule targets, schedule targets): bounded retries, then what
   * still fails goes to an on-failure destination (an alarmed SQS queue) with the error attached.
   */
  private asyncFailures(fn: MarketplaceFunction, queue: Queue) {
    fn.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new SqsDestination(queue),
    });
  }

  /**
   * What both Pipes share: a role that may read the table's stream (each Pipe adds what it may
   * deliver to), a dead-letter queue for records it cannot deliver, and the stream source
   * filtered to new outbox items, with bounded retries.
   */
  private outboxStreamSource(
    id: string,
    table: Table,
    options: { bisectOnFailure: boolean },
  ): { role: Role; source: string; sourceParameters: CfnPipe.PipeSourceParametersProperty } {
    const role = new Role(this, `${id}Role`, { assumedBy: new ServicePrincipal('pipes.amazonaws.com') });
    role.addToPolicy(
      new PolicyStatement({
        actions: [
          'dynamodb:DescribeStream',
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
          'dynamodb:ListStreams',
        ],
        resources: [table.tableStreamArn!],
      }),
    );
    // A standard queue either way (a FIFO queue's DLQ must be FIFO; a Pipe's need not be).
    const dlq = new DeadLetterQueue(this, `${id}Dlq`);
    this.deadLetterQueues.push(dlq.queue);
    dlq.queue.grantSendMessages(role);
    return {
      role,
      source: table.tableStreamArn!,
      sourceParameters: {
        dynamoDbStreamParameters: {
          startingPosition: 'TRIM_HORIZON',
          batchSize: 10,
          maximumRetryAttempts: 10,
          maximumRecordAgeInSeconds: 86_400,
          ...(options.bisectOnFailure ? { onPartialBatchItemFailure: 'AUTOMATIC_BISECT' } : {}),
          deadLetterConfig: { arn: dlq.queue.queueArn },
        },
        filterCriteria: { filters: [{ pattern: JSON.stringify(OUTBOX_STREAM_FILTER) }] },
      },
    };
  }

  /** DynamoDB stream → filter to new outbox items → enrichment → the bus; bounded retries, a DLQ. */
  private outboxPipe(table: Table, bus: EventBus, enrichment: MarketplaceFunction) {
    const { role, ...source } = this.outboxStreamSource('OutboxPipe', table, { bisectOnFailure: true });
    role.addToPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [enrichment.functionArn] }),
    );
    role.addToPolicy(new PolicyStatement({ actions: ['events:PutEvents'], resources: [bus.eventBusArn] }));
    new CfnPipe(this, 'OutboxPipe', {
      description: 'Publishes outbox items (written with each state change) to the event bus',
      roleArn: role.roleArn,
      ...source,
      enrichment: enrichment.functionArn,
      target: bus.eventBusArn,
      targetParameters: {
        // The enrichment returns { source, detailType, detail } per record.
        eventBridgeEventBusParameters: { source: '$.source', detailType: '$.detailType' },
        inputTemplate: '<$.detail>',
      },
    });
  }
}
