import { parseArgs } from 'node:util';
import { connectToRunningMarketplace } from './running.ts';

/**
 * `npm run audit:verify [-- --chain challenge:<id>]`: recomputes every hash chain of the audit
 * trail (or one) of the running local marketplace, then checks that every event the outbox wrote
 * (within its 7 days) is in its chain, naming each one that is not. Exit code 1 when any chain is
 * broken or any event is missing.
 */
const { values } = parseArgs({ options: { chain: { type: 'string' } } });
connectToRunningMarketplace();
const { verifyAllChains, verifyChain } = await import('#shared/audit/trail.ts');
const results = values.chain ? [await verifyChain(values.chain)] : await verifyAllChains();
for (const r of results) {
  console.log(
    `${r.valid ? 'ok    ' : 'BROKEN'} ${r.chain} (${r.entries} entries)${r.valid ? '' : ` at entry ${r.brokenAt}: ${r.reason}`}`,
  );
}
const broken = results.filter((r) => !r.valid).length;
console.log(`${results.length} chain(s) verified, ${broken} broken`);
const { verifyCompleteness } = await import('#shared/audit/completeness.ts');
const completeness = await verifyCompleteness();
for (const m of completeness.missing)
  console.log(`MISSING ${m.chain}: ${m.detailType} ${m.eventId} of ${m.occurredAt}`);
console.log(
  `${completeness.checked} event(s) of the outbox checked: ${completeness.missing.length} missing from their chain, ${completeness.pending} on their way${completeness.oldestPendingSeconds !== undefined ? ` (oldest ${completeness.oldestPendingSeconds} s)` : ''}`,
);
process.exit(broken > 0 || completeness.missing.length > 0 ? 1 : 0);
