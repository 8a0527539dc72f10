import { Logger } from '@aws-lambda-powertools/logger';

/** One structured JSON logger per process (Powertools), created once at cold start. */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'innovatiemarkt',
  logLevel: (process.env.POWERTOOLS_LOG_LEVEL as 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | undefined) ?? 'INFO',
});
