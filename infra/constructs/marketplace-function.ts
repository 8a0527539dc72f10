import path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { type FunctionId, functionCatalogue } from '#functions/catalogue.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** How every function is bundled (esbuild options; the benchmark builds with the same). */
export const BUNDLING = {
  format: 'esm',
  minify: true,
  target: 'node24',
  mainFields: ['module', 'main'],
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
} as const;
export const MEMORY_MB = 1024;

export interface MarketplaceFunctionProps {
  /** Which function of `functions/catalogue.ts` to build. */
  functionId: FunctionId;
  /** Environment variables beyond the shared ones. */
  environment?: Record<string, string>;
  /** Memory in MB. Default 1024: Lambda's CPU grows with memory, and our handlers are CPU-light but latency-bound. */
  memorySize?: number;
  /** Default 10 s: every handler does a few DynamoDB calls; longer means something hangs. */
  timeout?: Duration;
}

/**
 * A Lambda function with the project's defaults, so no stack repeats them:
 * - the latest Node.js runtime on arm64 (cheaper per GB-second than x86);
 * - bundled by esbuild as minified ESM with the AWS SDK inside (pinned by our lock file, faster cold start);
 * - JSON logs into an explicit log group with a retention, and X-Ray tracing.
 */
export class MarketplaceFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: MarketplaceFunctionProps) {
    const definition = functionCatalogue[props.functionId];
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    super(scope, id, {
      entry: path.join(PROJECT_ROOT, definition.entry),
      handler: 'handler',
      description: definition.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? MEMORY_MB,
      timeout: props.timeout ?? Duration.seconds(10),
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      tracing: Tracing.ACTIVE,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      environment: {
        POWERTOOLS_SERVICE_NAME: props.functionId,
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        minify: BUNDLING.minify,
        sourceMap: true,
        target: BUNDLING.target,
        mainFields: [...BUNDLING.mainFields],
        // Bundle the SDK instead of using the runtime's copy: our versions, tree-shaken.
        externalModules: [],
        banner: BUNDLING.banner,
      },
    });
  }
}
