import { Validations } from 'aws-cdk-lib';
import type { ServiceStack } from './stacks/service-stack.ts';

/**
 * cdk-nag findings we accept, each with its reason. Everything else is fixed at the source;
 * test/infra checks that no unacknowledged finding is left.
 */
export function acknowledgeFindings(service: ServiceStack): void {
  for (const fn of service.functions.values()) {
    Validations.of(fn.role!).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'The basic execution policy only lets the function write its own CloudWatch logs.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords) supports no resource-level permissions.',
      },
    );
  }
  for (const route of service.publicRoutes) {
    Validations.of(route).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Public by design (route table access "public"): published challenges, health, OpenAPI, open data.',
    });
  }
  for (const queue of service.deadLetterQueues) {
    Validations.of(queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter queue (rule target / Lambda on-failure / Pipe), alarmed when not empty.',
    });
  }
  for (const [functionId, finding] of service.scheduleWildcardFindings) {
    Validations.of(service.functions.get(functionId)!.role!).acknowledge({
      id: finding,
      reason:
        'One-time schedules are named at run time (per phase, per follow-up round); limited to our schedule group and this kind’s name prefix.',
    });
  }
  Validations.of(service.userPool).acknowledge({
    id: 'AwsSolutions-COG8',
    reason:
      'The Plus feature plan (threat protection) is priced per user; MFA is required for every account instead.',
  });
}
