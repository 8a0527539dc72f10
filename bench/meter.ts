import { db } from '#shared/db/client.ts';

/**
 * Counts DynamoDB requests and consumed capacity (ReturnConsumedCapacity=TOTAL on every call, as
 * DynamoDB reports it) for whatever runs between `reset()` and `read()`.
 */
export interface Consumption {
  requests: number;
  rcu: number;
  wcu: number;
}

const READS = /^(Get|BatchGet|Query|TransactGet)/;

export function installMeter() {
  let totals: Consumption = { requests: 0, rcu: 0, wcu: 0 };
  db().middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const output = result.output as { ConsumedCapacity?: unknown };
      const consumed = ([] as Record<string, number | undefined>[]).concat(
        (output.ConsumedCapacity as Record<string, number>[] | Record<string, number> | undefined) ?? [],
      );
      totals.requests++;
      const isRead = READS.test(context.commandName ?? '');
      for (const c of consumed) {
        if (c.ReadCapacityUnits !== undefined || c.WriteCapacityUnits !== undefined) {
          totals.rcu += c.ReadCapacityUnits ?? 0;
          totals.wcu += c.WriteCapacityUnits ?? 0;
        } else if (isRead) totals.rcu += c.CapacityUnits ?? 0;
        else totals.wcu += c.CapacityUnits ?? 0;
      }
      return result;
    },
    { step: 'initialize', name: 'benchMeter', priority: 'low' },
  );
  return {
    reset: () => {
      totals = { requests: 0, rcu: 0, wcu: 0 };
    },
    read: (): Consumption => ({ ...totals }),
  };
}
