import { App, type StackProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { config } from '#shared/platform/config.ts';
import { ServiceStack } from './stacks/service-stack.ts';
import { StatefulStack } from './stacks/stateful-stack.ts';
import { acknowledgeFindings } from './suppressions.ts';

/** The whole marketplace as a CDK app. `npx cdk synth` needs no AWS account. */
export function buildApp(app = new App()) {
  // Lock in today's behaviour: the service stack depends on the data stack by strong references.
  app.node.setContext('@aws-cdk/core:defaultCrossStackReferences', 'strong');
  const env: StackProps['env'] = {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    region: process.env.CDK_DEFAULT_REGION ?? 'eu-west-1',
  };
  const stateful = new StatefulStack(app, 'InnovatiemarktData', {
    env,
    description: 'innovatiemarkt: table and event bus',
  });
  const service = new ServiceStack(app, 'InnovatiemarktService', {
    env,
    description: 'innovatiemarkt: API, functions, rules and outbox pipe',
    table: stateful.table,
    bus: stateful.bus,
    ezkOin: config.ezkOin(),
    // `-c financeAccounts=111111111111,222222222222`: the finance systems that report payments.
    financeAccounts: String(app.node.tryGetContext('financeAccounts') ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter((a) => /^\d{12}$/.test(a)),
    // `npx cdk deploy -c siteDomain=innovatiemarkt.nl -c siteCertificateArn=arn:aws:acm:us-east-1:…`
    ...(app.node.tryGetContext('siteDomain') && app.node.tryGetContext('siteCertificateArn')
      ? {
          siteDomain: {
            domainName: String(app.node.tryGetContext('siteDomain')),
            certificateArn: String(app.node.tryGetContext('siteCertificateArn')),
          },
        }
      : {}),
  });
  // The service imports the documents bucket by export name: it deploys after the data stack.
  service.addDependency(stateful);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  acknowledgeFindings(service);
  return { app, stateful, service };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildApp().app.synth();
}
