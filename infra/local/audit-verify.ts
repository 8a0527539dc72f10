import { parseArgs } from 'node:util';
import { connectToRunningMarketplace } from './running.ts';

/**
 * `npm run audit:verify [-- --chain challenge:<id>]`: recomputes every hash chain of the audit
 * trail (or one) of the running local marketplace. Exit code 1 when any chain is broken.
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
process.exit(broken > 0 ? 1 : 0);
