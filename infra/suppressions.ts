import { type CfnElement, Token, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { functionCatalogue } from '#functions/catalogue.ts';
import type { ServiceStack } from './stacks/service-stack.ts';
import { DOCUMENTS_EXPORTS } from './stacks/stateful-stack.ts';

/** Every acknowledgement made, with where and why: the infra test checks each has a real reason. */
export const acknowledgements: { path: string; id: string; reason: string }[] = [];

function acknowledge(scope: IConstruct, finding: { id: string; reason: string }): void {
  acknowledgements.push({ path: scope.node.path, ...finding });
  Validations.of(scope).acknowledge(finding);
}

/**
 * cdk-nag findings we accept, each with its reason. Everything else is fixed at the source;
 * test/infra checks that no unacknowledged finding is left.
 */
export function acknowledgeFindings(service: ServiceStack): void {
  for (const [id, fn] of service.functions) {
    const { kind } = functionCatalogue[id];
    const invokedAsync = kind === 'consumer' || kind === 'scheduled';
    acknowledge(fn, {
      id: 'Serverless-LambdaDLQ',
      reason: invokedAsync
        ? 'Failed asynchronous invocations go to an on-failure destination (alarmed SQS queue, with the error), the successor of the Lambda DLQ.'
        : `Invoked synchronously (${kind === 'http' || kind === 'web' ? 'API Gateway' : kind === 'identity' ? 'Cognito' : kind === 'queue-consumer' ? 'an SQS event source mapping; what keeps failing goes to the queue’s redrive DLQ' : 'EventBridge Pipes, which has its own DLQ'}): a Lambda DLQ only catches asynchronous invocations; errors go back to the caller.`,
    });
    if (kind === 'queue-consumer')
      for (const mapping of fn.node
        .findAll()
        .filter((c) => c.node.id === 'SqsEventSource' || c.node.path.includes('SqsEventSource')))
        acknowledge(mapping, {
          id: 'Serverless-LambdaEventSourceMappingDestination',
          reason:
            'An SQS source takes no on-failure destination: a message that keeps failing moves to the queue’s own dead-letter queue (redrive policy, alarmed).',
        });
  }
  for (const fn of service.functions.values()) {
    acknowledge(fn.role!, {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'The basic execution policy only lets the function write its own CloudWatch logs.',
    });
    acknowledge(fn.role!, {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords) supports no resource-level permissions.',
    });
  }
  for (const route of service.publicRoutes) {
    acknowledge(route, {
      id: 'AwsSolutions-APIG4',
      reason:
        'Public by design (route table access "public"): published challenges, health, OpenAPI, open data.',
    });
  }
  for (const queue of service.deadLetterQueues) {
    acknowledge(queue, {
      id: 'Serverless-SQSRedrivePolicy',
      reason:
        'This queue is itself the dead-letter queue: nothing further to redrive to; its alarm calls a person.',
    });
    acknowledge(queue, {
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter queue (rule target, async function, Pipe, Scheduler), alarmed when not empty.',
    });
  }
  for (const [functionId, findings] of service.scheduleWildcardFindings)
    for (const finding of findings)
      acknowledge(service.functions.get(functionId)!.role!, {
        id: finding,
        reason:
          'One-time schedules are named at run time (per phase, reminder, follow-up round); limited to our schedule group and this kind’s name prefix.',
      });
  for (const [functionId, prefixes] of service.documentFunctions) {
    for (const prefix of prefixes)
      acknowledge(service.functions.get(functionId)!.role!, {
        id: `AwsSolutions-IAM5[Resource::${DOCUMENTS_EXPORTS.arn}/${prefix}*]`,
        reason:
          'Documents are named at run time (per proposal or call and upload); the grant covers only this function’s own key prefix, no listing.',
      });
  }
  const site = service.site;
  acknowledge(site.origin, {
    id: 'AwsSolutions-APIG4',
    reason:
      'The web site’s pages are public; what a person may see is decided by the public API, called with their own token.',
  });
  acknowledge(site.sessionSecret, {
    id: 'AwsSolutions-SMG4',
    reason:
      'The session cookie key: rotating it signs everyone out, so it is rotated deliberately (a new secret version), not on a timer.',
  });
  acknowledge(site.distribution, {
    id: 'AwsSolutions-CFR1',
    reason: 'Open to companies from every EU state and to the public (open data): no geographic restriction.',
  });
  acknowledge(site.distribution, {
    id: 'AwsSolutions-CFR2',
    reason:
      'No WAF yet: the API stage throttles, forms carry CSRF tokens and every write needs a token; add WAF with the production domain.',
  });
  if (!site.node.tryFindChild('Certificate')) {
    acknowledge(site.distribution, {
      id: 'AwsSolutions-CFR4',
      reason:
        'Without a custom domain the default *.cloudfront.net certificate fixes the TLS policy; deploy with -c siteDomain and -c siteCertificateArn for TLS 1.2+.',
    });
  }
  // The asset upload is CDK's own BucketDeployment custom resource (a singleton per stack).
  const deployment = service.node.children.find((child) =>
    child.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  if (deployment) {
    const region = Token.isUnresolved(service.region) ? '<AWS::Region>' : service.region;
    const why =
      'CDK’s BucketDeployment custom resource (uploads the site’s hashed assets at deploy time); its runtime, role and grants are CDK’s.';
    for (const id of [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-IAM5[Action::s3:Abort*]',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      `AwsSolutions-IAM5[Resource::<${service.getLogicalId(site.assetsBucket.node.defaultChild as CfnElement)}.Arn>/*]`,
      // CDK's bootstrap bucket; the partition shows resolved or not depending on how CDK is run.
      ...['aws', '<AWS::Partition>'].map(
        (partition) =>
          `AwsSolutions-IAM5[Resource::arn:${partition}:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${region}/*]`,
      ),
      'AwsSolutions-L1',
      'Serverless-LambdaDLQ',
      'Serverless-LambdaLatestVersion',
      'Serverless-LambdaTracing',
    ])
      acknowledge(deployment, { id, reason: why });
  }
  acknowledge(service.userPool, {
    id: 'AwsSolutions-COG8',
    reason:
      'The Plus feature plan (threat protection) is priced per user; MFA is required for every account instead.',
  });
}
