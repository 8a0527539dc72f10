import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '#infra/constructs/marketplace-function.ts';

export interface RuntimeProcess {
  url: string;
  dynamoEndpoint: string;
  tableName: string;
  /** `SIGKILL` to the whole process group (the runtime and its DynamoDB Local): a crash. */
  kill: () => Promise<void>;
}

/** Starts `runtime-child.ts` on `stateDir` in its own process group and waits until it answers. */
export async function startRuntimeProcess(
  stateDir: string,
  options: { deliveryDelayMs?: number } = {},
): Promise<RuntimeProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(PROJECT_ROOT, 'test/support/runtime-child.ts'),
      stateDir,
      String(options.deliveryDelayMs ?? 0),
    ],
    {
      cwd: PROJECT_ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    },
  );
  let errors = '';
  child.stderr!.on('data', (chunk) => {
    errors = `${errors}${chunk}`.slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    await exited;
  };
  const ready = await new Promise<{ url: string; dynamoEndpoint: string; tableName: string }>(
    (resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        if (line.startsWith('{')) resolve(JSON.parse(line));
      });
      void exited.then(() => reject(new Error(`the runtime process ended before it answered:\n${errors}`)));
      setTimeout(
        () => reject(new Error(`the runtime process did not answer in 120 s:\n${errors}`)),
        120_000,
      ).unref();
    },
  ).catch(async (error) => {
    await kill();
    throw error;
  });
  return { ...ready, kill };
}
