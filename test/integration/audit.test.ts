import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEvent } from '#events/envelope.ts';
import { QuestionAskedV1 } from '#events/questions/question-asked.v1.ts';
import { handler as audit } from '#functions/consumers/audit-trail.ts';
import { seedDemoData } from '#infra/local/seed.ts';
import { verifyCompleteness } from '#shared/audit/completeness.ts';
import { HEAD_MOVED, hashOf, readChain, verifyAllChains, verifyChain } from '#shared/audit/trail.ts';
import { db, tableName } from '#shared/db/client.ts';
import { auditKeys } from '#shared/db/keys.ts';
import { outboxWrite } from '#shared/messaging/outbox.ts';
import { setClock } from '#shared/platform/clock.ts';
import { ORGS } from '../support/fixtures.ts';
import { startTestRuntime, type TestApi } from '../support/runtime.ts';

let api: TestApi;
let vaarwegen: string;
beforeAll(async () => {
  api = await startTestRuntime();
  await seedDemoData();
  await api.runtime.settle();
  const listing = await api.call('GET', '/challenges?limit=100');
  vaarwegen = listing.body.items.find(
    (i: { title: { nl: string } }) => i.title.nl === 'SBIR Energietransitie Vaarwegen',
  ).id;
}, 120_000);
afterAll(() => api?.runtime.stop());

const chainOfVaarwegen = () => `challenge:${vaarwegen}`;

/** A new outbox item: a question asked about the challenge. */
const questionAsked = (challengeId: string) =>
  (
    outboxWrite(
      newEvent(
        QuestionAskedV1,
        { ...QuestionAskedV1.example, challengeId, questionId: randomUUID() },
        { correlationId: 'audit-test', actor: { role: 'sme', org: '12345678' } },
      ),
    ).item as { Put: { Item: Record<string, unknown> & { detail: string } } }
  ).Put.Item;

/** What the audit queue delivers: the outbox items' stream records, their chain as message group. */
const sqsEvent = (items: Record<string, unknown>[]) =>
  ({
    Records: items.map((item, i) => ({
      messageId: String(i),
      body: JSON.stringify({ eventName: 'INSERT', dynamodb: { NewImage: marshall(item) } }),
      attributes: { MessageGroupId: item.auditChain },
    })),
  }) as never;

/** Holds every transaction until `count` have been sent; the returned function lifts the hold. */
function holdTransactionsUntil(count: number): () => void {
  const name = `hold-${randomUUID()}`;
  let sent = 0;
  let open!: () => void;
  const all = new Promise<void>((resolve) => {
    open = resolve;
  });
  db().middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'TransactWriteItemsCommand') {
        if (++sent >= count) open();
        await all;
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return () => {
    open();
    db().middlewareStack.remove(name);
  };
}

describe('the audit trail', () => {
  it('keeps the level of assurance a company acted at with what binds it (issue #36)', async () => {
    const listing = await api.call('GET', '/challenges?limit=100');
    const open = listing.body.items.find((i: { title: { nl: string } }) =>
      i.title.nl.startsWith('SBIR Emissievrije binnenvaart'),
    ).id as string;
    const token = await api.as('sme', '47000001', undefined, undefined, 'eh3');
    const profile = await api.call('PUT', '/organisations/me', {
      token,
      body: { name: 'Veilig Varen B.V.', staff: 4, turnoverCents: 20_000_000, balanceSheetCents: 9_000_000 },
    });
    expect(profile.status).toBe(200);
    const submitted = await api.call('POST', `/challenges/${open}/phases/1/proposals`, {
      token,
      body: {
        summary: 'Een walstroomkast die zelf het net leest.',
        plan: 'Haalbaarheid in drie stappen.',
        requestedAmountCents: 4_000_000,
        durationMonths: 6,
      },
    });
    expect(submitted.status).toBe(201);
    await api.runtime.settle();
    const { entries } = await readChain(`challenge:${open}`);
    expect(
      entries.find((e) => e.action === 'ProposalSubmitted' && e.actor.org === '47000001')!.actor,
    ).toMatchObject({ role: 'sme', org: '47000001', assurance: 'eh3' });
  });

  it('records every change of the demo data with actor, organisation, time and ids, and every chain verifies', async () => {
    const results = await verifyAllChains();
    expect(results.length).toBeGreaterThan(10); // challenges, programme years, organisations
    expect(results.filter((r) => !r.valid)).toEqual([]);
    const { entries } = await readChain(chainOfVaarwegen());
    const actions = entries.map((e) => e.action);
    // Drafted; EZK asked for and giving its consent to its half; published.
    // (The draft and the request to EZK are one transaction, one instant: either may come first.)
    expect(actions.slice(0, 3).sort()).toEqual([
      'ChallengeDrafted',
      'FundingConsentRecorded',
      'FundingConsentRecorded',
    ]);
    expect(actions[3]).toBe('ChallengePublished');
    expect(actions.filter((a) => a === 'ProposalSubmitted')).toHaveLength(5);
    expect(actions.filter((a) => a === 'AwardDecided')).toHaveLength(4);
    expect(actions).toEqual(
      expect.arrayContaining([
        'CommitteeNamed',
        'ConflictDeclared',
        'ProposalScored',
        'AwardCompleted',
        'AwardTerminated',
        'FollowUpReported',
      ]),
    );
    const published = entries.find((e) => e.action === 'ChallengePublished')!;
    expect(published).toMatchObject({
      actor: { role: 'buyer', org: ORGS.zuidHolland.oin },
      at: '2018-10-15T08:00:00.000Z',
      ids: { challengeId: vaarwegen },
    });
    const award = entries.find((e) => e.action === 'AwardDecided')!;
    expect(Object.keys(award.ids)).toEqual(
      expect.arrayContaining(['awardId', 'decisionId', 'challengeId', 'proposalId', 'companyKvk', 'phase']),
    );
    // The programme office's envelopes have their own chain per year.
    expect((await verifyChain('programme-year:2018')).entries).toBe(2);
  });

  it('lets officers read a challenge’s trail, and nobody else', async () => {
    const url = `/challenges/${vaarwegen}/audit-trail`;
    const officer = await api.as('officer', ORGS.ezk.oin);
    const { status, body } = await api.call('GET', url, { token: officer });
    expect(status).toBe(200);
    expect(body.verification).toMatchObject({ valid: true, chain: chainOfVaarwegen() });
    expect(body.entries.length).toBe(body.verification.entries);
    expect((await api.call('GET', url)).status).toBe(401);
    expect((await api.call('GET', url, { token: await api.as('buyer', ORGS.zuidHolland.oin) })).status).toBe(
      403,
    );
    expect(
      (await api.call('GET', `/challenges/${randomUUID()}/audit-trail`, { token: officer })).status,
    ).toBe(404);
  });

  it("shows an officer whether the call's trail is complete, and names what is missing (issue #34)", async () => {
    await api.runtime.settle();
    const officer = await api.as('officer', ORGS.ezk.oin);
    const url = `/challenges/${vaarwegen}/audit-trail`;
    const before = await api.call('GET', url, { token: officer });
    expect(before.status).toBe(200);
    expect(before.body.completeness).toMatchObject({ complete: true, missing: [], pending: 0 });
    expect(before.body.completeness.checked).toBeGreaterThanOrEqual(before.body.entries.length);

    // One of its events loses its place in the chain (as if its delivery never came).
    const chain = chainOfVaarwegen();
    const lost = before.body.entries[1] as { eventId: string; action: string; at: string };
    const marker = auditKeys.recorded(chain, lost.eventId);
    const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: marker }));
    await db().send(new DeleteCommand({ TableName: tableName(), Key: marker }));
    // Past the grace period it is named: what, and when it happened.
    const restore = setClock(() => new Date(Date.now() + 2 * 60_000));
    try {
      const after = await api.call('GET', url, { token: officer });
      expect(after.body.completeness).toMatchObject({
        complete: false,
        missing: [{ eventId: lost.eventId, action: lost.action }],
      });
      // The chain itself still verifies: only the completeness check sees the gap.
      expect(after.body.verification.valid).toBe(true);
    } finally {
      restore();
      await db().send(new PutCommand({ TableName: tableName(), Item: Item! }));
    }
    expect((await api.call('GET', url, { token: officer })).body.completeness.complete).toBe(true);
  });

  it('appends a burst on one chain in the order written, and an event delivered again once', async () => {
    const challengeId = randomUUID();
    const items = [];
    for (let i = 0; i < 25; i++) {
      const item = questionAsked(challengeId);
      await db().send(new PutCommand({ TableName: tableName(), Item: item }));
      items.push(item);
    }
    await api.runtime.settle();
    const chain = `challenge:${challengeId}`;
    expect(await verifyChain(chain)).toEqual({ chain, entries: 25, valid: true });
    const { entries } = await readChain(chain);
    // One writer per chain, in stream order: the entries are in the order the events were written.
    expect(entries.map((e) => e.eventId)).toEqual(items.map((i) => JSON.parse(i.detail).metadata.eventId));

    // A batch delivered again (the consumer crashed after its commit): nothing is appended twice.
    const again = await audit(sqsEvent(items.slice(20)));
    expect(again).toEqual({ appended: 0, duplicates: 5 });
    expect(await verifyChain(chain)).toEqual({ chain, entries: 25, valid: true });
  });

  it('never forks a chain: a second writer at the same head fails instead', async () => {
    const challengeId = randomUUID();
    const chain = `challenge:${challengeId}`;
    const events = Array.from({ length: 2 }, () => questionAsked(challengeId));
    // Both writers read the head before either writes (on a busy machine one could otherwise
    // finish before the other starts, and then both rightly append).
    const release = holdTransactionsUntil(2);
    const results = await Promise.allSettled(events.map((item) => audit(sqsEvent([item])))).finally(release);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { type: HEAD_MOVED },
    });
    expect(await verifyChain(chain)).toEqual({ chain, entries: 1, valid: true });
  });

  it('detects an edited entry, a re-hashed edit, and a removed entry', async () => {
    const chain = chainOfVaarwegen();
    const { entries } = await readChain(chain);
    const third = entries[2]!;
    const key = auditKeys.entry(chain, third.seq);
    const update = (attrs: Record<string, unknown>) =>
      db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: key,
          UpdateExpression: `SET ${Object.keys(attrs)
            .map((k) => `#${k} = :${k}`)
            .join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(Object.keys(attrs).map((k) => [`#${k}`, k])),
          ExpressionAttributeValues: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [`:${k}`, v])),
        }),
      );

    // Someone puts another organisation's name on a change.
    const forged = { ...third.actor, org: ORGS.noordHolland.oin };
    await update({ actor: forged });
    expect(await verifyChain(chain)).toMatchObject({
      valid: false,
      brokenAt: 3,
      reason: 'entry was changed after it was written',
    });
    const officer = await api.as('officer', ORGS.ezk.oin);
    const trail = await api.call('GET', `/challenges/${vaarwegen}/audit-trail`, { token: officer });
    expect(trail.body.verification).toMatchObject({ valid: false, brokenAt: 3 });

    // …and recomputes that entry's hash: the next entry's link gives it away.
    const { hash: _old, ...body } = { ...third, actor: forged };
    await update({ hash: hashOf(body) });
    expect(await verifyChain(chain)).toMatchObject({ valid: false, brokenAt: 4 });

    // Put it back as it was: the chain holds again. Then remove the last entry.
    await update({ actor: third.actor, hash: third.hash });
    expect((await verifyChain(chain)).valid).toBe(true);
    const last = entries.at(-1)!;
    await db().send(new DeleteCommand({ TableName: tableName(), Key: auditKeys.entry(chain, last.seq) }));
    expect(await verifyChain(chain)).toMatchObject({
      valid: false,
      reason: expect.stringContaining('cut short'),
    });
  });

  it('notices an event that never reached its chain, not only a broken chain (issue #34)', async () => {
    await api.runtime.settle();
    const complete = await verifyCompleteness();
    expect(complete.checked).toBeGreaterThan(50);
    expect(complete).toMatchObject({ missing: [], pending: 0 });

    // An event whose delivery was lost: in the outbox, but nothing of it in its chain.
    const challengeId = randomUUID();
    const item = questionAsked(challengeId);
    await db().send(new PutCommand({ TableName: tableName(), Item: item }));
    await api.runtime.settle();
    const chain = `challenge:${challengeId}`;
    const eventId = JSON.parse(item.detail).metadata.eventId as string;
    const { entries } = await readChain(chain);
    expect(entries).toHaveLength(1);
    for (const key of [
      auditKeys.entry(chain, entries[0]!.seq),
      auditKeys.head(chain),
      auditKeys.recorded(chain, eventId),
    ])
      await db().send(new DeleteCommand({ TableName: tableName(), Key: key }));
    // Its chain is not broken, it is empty: only the completeness check sees the gap.
    expect(await verifyChain(chain)).toMatchObject({ valid: true, entries: 0 });
    // Young, it is counted as on its way (the trail's lag); past the grace period, named as missing.
    expect(await verifyCompleteness()).toMatchObject({ missing: [], pending: 1 });
    expect((await verifyCompleteness(0)).missing).toEqual([
      { eventId, detailType: 'QuestionAsked', chain, occurredAt: item.occurredAt },
    ]);
  });
});
