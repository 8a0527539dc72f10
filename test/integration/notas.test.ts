import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { setClock } from '#shared/platform/clock.ts';
import type { publishNotaBody } from '#shared/questions/schemas.ts';
import { routes } from '#shared/routes.ts';
import { challengeBody, ORGS } from '../support/fixtures.ts';
import {
  decideAwards,
  evaluatedPhase,
  expectStatus,
  marketplace,
  passStandstill,
  publishedChallenge,
} from '../support/journeys.ts';
import { outboxEvents } from '../support/outbox.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * Issue #15, point 2: questions per phase (phase-2 bidders ask about phase 2) and the nota van
 * inlichtingen — after a phase's question deadline, numbered and dated, askers anonymous, public;
 * once published an answer changes only through a later nota, with its reason.
 */
let api: TestApi;
let buyer: string;
beforeAll(async () => {
  api = await marketplace();
  buyer = await api.as('buyer', ORGS.zuidHolland.oin);
});
afterAll(() => api?.runtime.stop());

const DAY = 86_400_000;

const ask = (token: string, challengeId: string, question: string, phase?: 1 | 2) =>
  api.request(routes.askQuestion, {
    token,
    params: { challengeId },
    body: { question, ...(phase ? { phase } : {}) },
  });
const answer = (questionId: string, text: string) =>
  api.request(routes.answerQuestion, { token: buyer, params: { questionId }, body: { answer: text } });
const publish = (challengeId: string, body: z.input<typeof publishNotaBody>, token = buyer) =>
  api.request(routes.publishNota, { token, params: { challengeId, phase: 1 }, body });

describe('the nota van inlichtingen', () => {
  it('after the question deadline: every question numbered and answered, askers anonymous, public; amendments only by a later nota', async () => {
    const challenge = await publishedChallenge(api, { token: buyer, body: challengeBody() });
    const first = await api.as('sme', '46000001');
    const second = await api.as('sme', '46000002');
    const q1 = await expectStatus(
      ask(first, challenge.id, 'Mag een consortium van twee bedrijven inschrijven?'),
      201,
    );
    const q2 = await expectStatus(
      ask(second, challenge.id, 'Telt een pilot op eigen terrein als demonstratie?'),
      201,
    );
    expect(q1.phase).toBe(1);

    const early = await publish(challenge.id, {});
    expect(early.status).toBe(409);
    expect(early.problem?.type).toMatch(/questions-still-open$/);

    const afterQuestions = setClock(() => new Date(Date.parse(challenge.questionDeadline) + 60_000));
    try {
      const late = await ask(first, challenge.id, 'Nog een vraag na de termijn, mag dat?');
      expect(late.status).toBe(409);
      expect(late.problem?.type).toMatch(/questions-closed$/);

      await expectStatus(answer(q1.id, 'Ja, met één penvoerder die het contract tekent.'), 200);
      await api.runtime.settle();
      const before = await tableSnapshot();
      const unanswered = await publish(challenge.id, { introduction: 'Nota van inlichtingen fase 1.' });
      expect(unanswered.status).toBe(409);
      expect(unanswered.problem?.type).toMatch(/unanswered-questions$/);
      expect(await tableSnapshot()).toEqual(before);

      await expectStatus(answer(q2.id, 'Ja, als de omstandigheden representatief zijn.'), 200);
      const nota = await expectStatus(
        publish(challenge.id, { introduction: 'Nota van inlichtingen fase 1.' }),
        201,
      );
      expect(nota).toMatchObject({
        phase: 1,
        number: 1,
        introduction: 'Nota van inlichtingen fase 1.',
        items: [
          { item: 1, questionId: q1.id, answer: 'Ja, met één penvoerder die het contract tekent.' },
          { item: 2, questionId: q2.id, answer: 'Ja, als de omstandigheden representatief zijn.' },
        ],
      });
      expect(JSON.stringify(nota)).not.toMatch(/4600000[12]/); // askers stay anonymous

      await api.runtime.settle();
      const beforeRefusals = await tableSnapshot();
      const nothing = await publish(challenge.id, {});
      expect(nothing.status).toBe(409);
      expect(nothing.problem?.type).toMatch(/nothing-to-publish$/);
      const unknown = await publish(challenge.id, {
        amendments: [
          {
            questionId: randomUUID(),
            answer: 'Een ander antwoord.',
            reason: 'Verduidelijking.',
            change: 'clarification',
          },
        ],
      });
      expect(unknown.status).toBe(400);
      expect(unknown.problem?.errors?.[0]?.field).toBe('body.amendments.0.questionId');
      const otherBuyer = await publish(challenge.id, {}, await api.as('buyer', ORGS.noordHolland.oin));
      expect(otherBuyer.status).toBe(404);
      expect(await tableSnapshot()).toEqual(beforeRefusals);

      const amended = await expectStatus(
        publish(challenge.id, {
          amendments: [
            {
              questionId: q1.id,
              answer: 'Ja, met één penvoerder; de partners staan in het projectplan.',
              reason: 'Aangevuld na een vraag over onderaanneming.',
              change: 'clarification',
            },
          ],
        }),
        201,
      );
      expect(amended).toMatchObject({
        number: 2,
        items: [
          { item: 1, questionId: q1.id, amendmentReason: 'Aangevuld na een vraag over onderaanneming.' },
        ],
      });

      // Public: the notas and the questions as they stand, without a token.
      const notas = await expectStatus(
        api.request(routes.listNotas, { params: { challengeId: challenge.id } }),
        200,
      );
      expect(notas.items.map((n) => [n.phase, n.number, n.items.length])).toEqual([
        [1, 1, 2],
        [1, 2, 1],
      ]);
      const questions = await expectStatus(
        api.request(routes.listQuestions, { params: { challengeId: challenge.id } }),
        200,
      );
      expect(questions.items.find((q) => q.id === q1.id)).toMatchObject({
        answer: 'Ja, met één penvoerder; de partners staan in het projectplan.',
        nota: { number: 1, item: 1 },
        amendments: [{ notaNumber: 2, reason: 'Aangevuld na een vraag over onderaanneming.' }],
      });
      // The first nota still reads as published: the amendment is the second's.
      expect(notas.items[0]!.items[0]!.answer).toBe('Ja, met één penvoerder die het contract tekent.');
      await api.runtime.settle();
      const events = await outboxEvents((d) => d.challengeId === challenge.id);
      expect(
        events
          .filter((e) => e['detail-type'] === 'NotaPublished')
          .map((e) => e.detail.data)
          .sort((a, b) => Number(a.number) - Number(b.number)),
      ).toEqual([
        expect.objectContaining({ phase: 1, number: 1, questions: 2, amendments: 0 }),
        expect.objectContaining({ phase: 1, number: 2, questions: 0, amendments: 1 }),
      ]);
    } finally {
      afterQuestions();
    }
  });

  it('after the phase closes, a nota still bundles the answers but changes none of them (the bidders bid on them)', async () => {
    const challenge = await publishedChallenge(api, { token: buyer, body: challengeBody() });
    const asker = await api.as('sme', '46000011');
    const q = await expectStatus(
      ask(asker, challenge.id, 'Mag een consortium van twee bedrijven inschrijven?'),
      201,
    );
    await expectStatus(answer(q.id, 'Ja, met één penvoerder.'), 200);
    const closed = setClock(() => new Date(Date.parse(challenge.phases[0]!.submissionDeadline) + 60_000));
    try {
      await api.runtime.settle();
      const before = await tableSnapshot();
      const changed = await publish(challenge.id, {
        amendments: [
          { questionId: q.id, answer: 'Nee, alleen één bedrijf.', reason: 'Herzien.', change: 'consortium' },
        ],
      });
      expect(changed.status).toBe(409);
      expect(changed.problem?.type).toMatch(/phase-closed$/);
      expect(await tableSnapshot()).toEqual(before);
      // Bundling what was answered still may (the answers stay as they were).
      const bundled = await expectStatus(
        publish(challenge.id, { introduction: 'De vragen over fase 1.' }),
        201,
      );
      expect(bundled.items).toEqual([
        expect.objectContaining({ questionId: q.id, answer: 'Ja, met één penvoerder.' }),
      ]);
    } finally {
      closed();
    }
  });

  it('an amended answer that changes the consortium rule is significant: refused while the phase closes within six days, published once a correction extends it, and marked as such', async () => {
    const challenge = await publishedChallenge(api, { token: buyer, body: challengeBody() });
    const asker = await api.as('sme', '46000021');
    const q = await expectStatus(
      ask(asker, challenge.id, 'Mag een consortium van twee bedrijven inschrijven?'),
      201,
    );
    await expectStatus(answer(q.id, 'Ja, met één penvoerder.'), 200);
    const deadline = challenge.phases[0]!.submissionDeadline;
    const late = setClock(() => new Date(Date.parse(deadline) - 3 * DAY));
    try {
      await expectStatus(publish(challenge.id, { introduction: 'De vragen over fase 1.' }), 201);
      const consortium = {
        questionId: q.id,
        answer: 'Nee, alleen één bedrijf schrijft in.',
        reason: 'De subsidieregels staan geen consortium toe.',
        change: 'consortium' as const,
      };
      await api.runtime.settle();
      const before = await tableSnapshot();
      const refused = await publish(challenge.id, { amendments: [consortium] });
      expect(refused.status).toBe(409);
      expect(refused.problem?.type).toMatch(/significant-change-needs-time$/);
      expect(refused.problem?.detail).toMatch(/consortium of phase 1.*at least 6 days/);
      expect(await tableSnapshot()).toEqual(before);
      // A clarification of the same answer needs no new period.
      await expectStatus(
        publish(challenge.id, {
          amendments: [
            { ...consortium, answer: 'Ja, met één penvoerder die tekent.', change: 'clarification' },
          ],
        }),
        201,
      );
      await expectStatus(
        api.request(routes.correctChallenge, {
          token: buyer,
          params: { challengeId: challenge.id },
          body: {
            reason: 'Een gewijzigd antwoord over consortia volgt: een week extra.',
            deadlines: [
              { phase: 1, submissionDeadline: new Date(Date.parse(deadline) + 7 * DAY).toISOString() },
            ],
          },
        }),
        200,
      );
      const nota = await expectStatus(publish(challenge.id, { amendments: [consortium] }), 201);
      expect(nota.items).toEqual([expect.objectContaining({ questionId: q.id, change: 'consortium' })]);
      const questions = await expectStatus(
        api.request(routes.listQuestions, { params: { challengeId: challenge.id } }),
        200,
      );
      expect(questions.items[0]!.amendments!.map((a) => a.change)).toEqual(['clarification', 'consortium']);
      await api.runtime.settle();
      const events = (await outboxEvents((d) => d.challengeId === challenge.id)).filter(
        (e) => e['detail-type'] === 'NotaPublished',
      );
      expect(events.map((e) => e.detail.data.significant)).toContainEqual(['consortium']);
    } finally {
      late();
    }
  });

  it('a later phase has its own question deadline, and only companies that may bid for it ask about it', async () => {
    const body = challengeBody();
    const phase1Deadline = body.phases[0]!.submissionDeadline;
    body.phases[1] = { ...body.phases[1]!, questionDeadline: phase1Deadline };
    const refused = await api.request(routes.createChallenge, { token: buyer, body });
    expect(refused.status).toBe(422);
    expect(refused.problem?.errors?.map((e) => e.field)).toEqual(['body.phases.1.questionDeadline']);

    const setup = await evaluatedPhase(api, {
      companies: 2,
      requestedCents: 5_000_000,
      phase1BudgetCents: 10_000_000,
      kvkBase: 46_100_000,
    });
    let restoreStandstill = () => {};
    try {
      const challenge = await expectStatus(
        api.request(routes.getChallenge, { token: buyer, params: { challengeId: setup.challengeId } }),
        200,
      );
      const phase2 = challenge.phases[1]!;
      expect(Date.parse(phase2.questionDeadline)).toBeLessThan(Date.parse(phase2.submissionDeadline));
      const [winner, other] = setup.proposals as [(typeof setup.proposals)[0], (typeof setup.proposals)[0]];
      // Phase 1's questions are closed: the other company has no phase to ask about.
      const none = await ask(other.token, setup.challengeId, 'Wanneer opent fase 2 voor iedereen?');
      expect(none.status).toBe(409);
      expect(none.problem?.type).toMatch(/questions-closed$/);
      const notYet = await ask(winner.token, setup.challengeId, 'Hoe wordt fase 2 beoordeeld?', 2);
      expect(notYet.status).toBe(403);

      const decision = await expectStatus(
        decideAwards(api, {
          token: setup.buyer,
          challengeId: setup.challengeId,
          phase: 1,
          proposalIds: [winner.id],
        }),
        201,
      );
      restoreStandstill = await passStandstill(api, decision.awards[0]!.standstillEndsAt!);
      await expectStatus(
        api.request(routes.completeAward, {
          token: setup.buyer,
          params: { awardId: decision.awards[0]!.id },
          body: {},
        }),
        200,
      );
      await api.runtime.settle();
      // Once it may bid for phase 2, the winner asks about it (by default too); the other may not.
      const asked = await expectStatus(
        ask(winner.token, setup.challengeId, 'Hoe wordt fase 2 beoordeeld?'),
        201,
      );
      expect(asked.phase).toBe(2);
      const otherAsks = await ask(other.token, setup.challengeId, 'Mag ik ook vragen over fase 2?', 2);
      expect(otherAsks.status).toBe(403);
      expect(otherAsks.problem?.type).toMatch(/phase-2-requires-phase-1$/);
      const phase1Nota = await publish(setup.challengeId, {});
      expect(phase1Nota.status).toBe(409); // phase 1 had no questions: nothing to publish
      const early = await api.request(routes.publishNota, {
        token: setup.buyer,
        params: { challengeId: setup.challengeId, phase: 2 },
        body: {},
      });
      expect(early.problem?.type).toMatch(/questions-still-open$/);
    } finally {
      restoreStandstill();
      setup.restore();
    }
  });
});
