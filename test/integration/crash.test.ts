import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDevIssuer, signerOf } from '#infra/local/dev-issuer.ts';
import { LOCAL_AWS } from '#infra/local/dynamodb-local.ts';
import { readMailFolder } from '#infra/local/mailbox.ts';
import { verifyCompleteness } from '#shared/audit/completeness.ts';
import { setDb } from '#shared/db/client.ts';
import { ENTITY } from '#shared/db/keys.ts';
import { scanEntity } from '#shared/db/store.ts';
import { routes } from '#shared/routes.ts';
import { ORGS } from '../support/fixtures.ts';
import { publishedChallenge } from '../support/journeys.ts';
import { apiAt, type TestApi } from '../support/runtime.ts';
import { type RuntimeProcess, startRuntimeProcess } from '../support/runtime-process.ts';

/*
 * The runtime is killed (SIGKILL, with its DynamoDB Local) the moment a burst of bids has had a
 * given number of acknowledgements, three times, and started again on the same data. Then every
 * acknowledged bid must be stored, and every stored bid's event must have reached every consumer:
 * the audit trail (the completeness check), the reports' projection (the pipeline count) and the
 * notifier (a delivery record per bid, and at most one receipt e-mail per bid).
 */

const ROUNDS = 3;
const BIDS_PER_ROUND = 24;
const KILL_AT_ACKNOWLEDGEMENT = 12;

const stateDir = mkdtempSync(path.join(tmpdir(), 'innovatiemarkt-crash-'));
let running: RuntimeProcess | undefined;
afterAll(async () => {
  await running?.kill();
  rmSync(stateDir, { recursive: true, force: true });
});

async function start(): Promise<TestApi> {
  // Each delivery takes 400 ms, as under load: the crash finds many under way.
  running = await startRuntimeProcess(stateDir, { deliveryDelayMs: 400 });
  const api = apiAt(running.url, signerOf(await loadDevIssuer(stateDir)));
  return { ...api, runtime: undefined as never, stateDir };
}

const kvkOf = (round: number, bid: number) => `7${round}${String(bid).padStart(6, '0')}`;

describe('a crash in the middle of a burst of bids', () => {
  it('loses no acknowledged bid and no event, and sends no e-mail twice', async () => {
    let api = await start();
    const buyer = await api.as('buyer', ORGS.zuidHolland.oin);
    const challenge = await publishedChallenge(api, { token: buyer });
    const acknowledged: { kvk: string; proposalId: string }[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const current = running!;
      let acks = 0;
      let killed: Promise<void> | undefined;
      const outcomes = await Promise.allSettled(
        Array.from({ length: BIDS_PER_ROUND }, async (_, bid) => {
          const kvk = kvkOf(round, bid);
          const company = await api.as('sme', kvk);
          const profile = await api.request(routes.putCompanyProfile, {
            token: company,
            body: {
              name: `Bedrijf ${kvk} B.V.`,
              staff: 5,
              turnoverCents: 10_000_000,
              balanceSheetCents: 5_000_000,
            },
          });
          if (profile.status !== 200) return;
          const answer = await api.request(routes.submitProposal, {
            token: company,
            params: { challengeId: challenge.id, phase: 1 },
            body: {
              summary: `Voorstel ${kvk}.`,
              plan: 'Een plan in drie stappen.',
              requestedAmountCents: 4_000_001 + bid,
              durationMonths: 6,
            },
          });
          if (answer.status !== 201) {
            if (!killed) throw new Error(`bid refused before the crash: ${JSON.stringify(answer.problem)}`);
            return;
          }
          acknowledged.push({ kvk, proposalId: answer.body.id });
          // The crash comes the moment this acknowledgement arrives, before anything settles.
          if (++acks === KILL_AT_ACKNOWLEDGEMENT) killed = current.kill();
        }),
      );
      await killed;
      console.log(
        `[crash] round ${round + 1}: ${acks} acknowledged, the crash at the ${KILL_AT_ACKNOWLEDGEMENT}th`,
      );
      for (const outcome of outcomes) if (outcome.status === 'rejected' && !killed) throw outcome.reason;
      expect(acks, 'acknowledgements before the crash').toBeGreaterThanOrEqual(KILL_AT_ACKNOWLEDGEMENT);
      api = await start();
    }

    // Every acknowledged bid is stored (its company finds it).
    for (const { kvk, proposalId } of acknowledged) {
      const found = await api.request(routes.getProposal, {
        token: await api.as('sme', kvk),
        params: { proposalId },
      });
      expect(found.status, `bid ${proposalId} of ${kvk}, acknowledged before a crash`).toBe(200);
    }
    // Every stored bid, acknowledged or not (a crash may come between the write and its answer).
    const stored: { kvk: string; proposalId: string }[] = [];
    for (let round = 0; round < ROUNDS; round++)
      for (let bid = 0; bid < BIDS_PER_ROUND; bid++) {
        const kvk = kvkOf(round, bid);
        const mine = await api.request(routes.myProposals, { token: await api.as('sme', kvk) });
        for (const item of mine.body.items) stored.push({ kvk, proposalId: item.id });
      }
    expect(stored.length).toBeGreaterThanOrEqual(acknowledged.length);

    // The consumers catch up after the restart (no settle() across processes: poll).
    Object.assign(process.env, {
      AWS_REGION: LOCAL_AWS.region,
      AWS_ACCESS_KEY_ID: LOCAL_AWS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: running!.dynamoEndpoint,
      TABLE_NAME: running!.tableName,
    });
    setDb(undefined);
    const deadline = Date.now() + 60_000;
    let state = await consumersState(stored);
    while (!state.caughtUp && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      state = await consumersState(stored);
    }
    // Messages being sent as the consumers caught up have a second to land.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    state = await consumersState(stored);
    expect(state.audit.missing, 'events missing from the audit trail').toEqual([]);
    expect(state.audit.pending, 'events still on their way to the audit trail').toBe(0);
    expect(state.reportedProposals, 'bids in the reports’ projection').toBe(stored.length);
    expect(state.withoutDelivery, 'bids whose event never reached the notifier').toEqual([]);
    // At most once: a crash between recording a message and sending it loses that one message
    // (recorded as `sending`); nothing is ever sent twice.
    expect(state.sentTwice, 'receipts e-mailed twice').toEqual([]);
    expect(state.lostInSending, 'receipts recorded as sent but not in the mailbox').toEqual([]);
    console.log(
      `[crash] ${ROUNDS} crashes: ${acknowledged.length} bids acknowledged, ${stored.length} stored, ` +
        `0 acknowledged lost; every event in the audit trail, the report and the notifier; ` +
        `${state.mailed} receipts e-mailed once, ${state.sending} left unsent by a crash between recording and sending (at most once), 0 twice`,
    );
  }, 300_000);
});

async function consumersState(stored: { kvk: string; proposalId: string }[]) {
  const audit = await verifyCompleteness(0);
  // The report itself holds the count back until the phase closes: its projection's rows are read.
  const rows = await scanEntity<{ proposalId: string; submittedAt?: string }>(ENTITY.proposalReportRow);
  const reportedProposals = rows.filter((row) => row.submittedAt).length;
  const withoutDelivery: string[] = [];
  const sentTwice: string[] = [];
  const lostInSending: string[] = [];
  let sending = 0;
  let mailed = 0;
  const receipts = (
    await scanEntity<{ kind: string; to: string; status: string }>(ENTITY.mailDelivery)
  ).filter((d) => d.kind === 'proposal-received');
  // After the records: a record says `sent` only once its message is in the mailbox.
  const mails = await readMailFolder(path.join(stateDir, 'mail'));
  for (const { kvk, proposalId } of stored) {
    // Each company bids once, so its receipt is the one to its address.
    const address = `inschrijver@kvk-${kvk}.example`;
    const receipt = receipts.find((d) => d.to === address);
    if (!receipt) withoutDelivery.push(proposalId);
    const received = mails.filter((m) => m.to.includes(address)).length;
    if (received > 1) sentTwice.push(proposalId);
    if (receipt?.status === 'sending') sending++;
    if (receipt?.status === 'sent' && received === 0) lostInSending.push(proposalId);
    mailed += received;
  }
  return {
    audit,
    reportedProposals,
    withoutDelivery,
    sentTwice,
    lostInSending,
    sending,
    mailed,
    caughtUp:
      audit.missing.length === 0 &&
      audit.pending === 0 &&
      reportedProposals === stored.length &&
      withoutDelivery.length === 0,
  };
}
