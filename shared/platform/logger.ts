import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@aws-lambda-powertools/logger';

/** One structured JSON logger per process (Powertools), created once at cold start. */
const base = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'innovatiemarkt',
  logLevel: (process.env.POWERTOOLS_LOG_LEVEL as 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | undefined) ?? 'INFO',
});

type Keys = Record<string, unknown>;

/**
 * The keys of the invocation being served (its route or consumer, its correlation id), per async
 * context: in the local runtime one process serves many invocations at once, and keys appended to
 * the shared logger would end up on another request's lines.
 */
const invocation = new AsyncLocalStorage<Keys>();

/** Runs `work` with `keys` on every line it logs, and on nothing else's. */
export function withLogKeys<T>(keys: Keys, work: () => T): T {
  return invocation.run({ ...invocation.getStore(), ...keys }, work);
}

const line = (extra?: Keys) => ({ ...invocation.getStore(), ...extra });

/** The logger every module uses: Powertools' lines, with the invocation's keys. */
export const logger = {
  debug: (message: string, extra?: Keys) => base.debug(message, line(extra)),
  info: (message: string, extra?: Keys) => base.info(message, line(extra)),
  warn: (message: string, extra?: Keys) => base.warn(message, line(extra)),
  error: (message: string, extra?: Keys) => base.error(message, line(extra)),
};
