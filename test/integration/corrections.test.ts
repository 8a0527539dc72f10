import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '#shared/platform/clock.ts';
import { routes } from '#shared/routes.ts';
import { challengeBody, ORGS, THIS_YEAR } from '../support/fixtures.ts';
import { expectStatus, marketplace, publishedChallenge } from '../support/journeys.ts';
import { ocdsValidator } from '../support/ocds.ts';
import { outboxEvents } from '../support/outbox.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * Issue #15, point 1: corrections of a published call (rectificatie) — numbered, dated, with a
 * reason; deadlines only ever extended, while the phase takes bids; bidders may revise until the
 * new deadline; the phase closes at the new deadline, not the old; the partnership's 6-day rule.
 */
let api: TestApi;
let buyer: string;
beforeAll(async () => {
  api = await marketplace();
  buyer = await api.as('buyer', ORGS.zuidHolland.oin);
});
afterAll(() => api?.runtime.stop());

const DAY = 86_400_000;
const later = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();

describe('corrections of a published call', () => {
  it('extend a deadline with a reason: numbered, listed, in the open data; bidders revise until the new deadline, and the phase closes then', async () => {
    const challenge = await publishedChallenge(api, { token: buyer, body: challengeBody() });
    const company = await api.as('sme', '45000001');
    await expectStatus(
      api.request(routes.putCompanyProfile, {
        token: company,
        body: { name: 'Sluis B.V.', staff: 5, turnoverCents: 10_000_000, balanceSheetCents: 5_000_000 },
      }),
      200,
    );
    const proposal = await expectStatus(
      api.request(routes.submitProposal, {
        token: company,
        params: { challengeId: challenge.id, phase: 1 },
        body: {
          summary: 'Een voorstel.',
          plan: 'Een plan in drie stappen.',
          requestedAmountCents: 4_000_000,
          durationMonths: 6,
        },
      }),
      201,
    );
    const old = challenge.phases[0]!.submissionDeadline;
    const extended = later(old, 7);
    const corrected = await expectStatus(
      api.request(routes.correctChallenge, {
        token: buyer,
        params: { challengeId: challenge.id },
        body: {
          reason: 'Op verzoek van inschrijvers: een week meer voor het projectplan.',
          deadlines: [{ phase: 1, submissionDeadline: extended }],
        },
      }),
      200,
    );
    expect(corrected.phases[0]!.submissionDeadline).toBe(extended);
    expect(corrected.corrections).toEqual([
      expect.objectContaining({ number: 1, deadlines: [{ phase: 1, from: old, to: extended }] }),
    ]);
    await api.runtime.settle();
    const listed = await expectStatus(api.request(routes.listChallenges, { query: { limit: 100 } }), 200);
    const item = listed.items.find((c) => c.id === challenge.id)!;
    expect(item.phases[0]!.submissionDeadline).toBe(extended);

    // After the old deadline, before the new: still open — the company revises, the old schedule does nothing.
    const between = setClock(() => new Date(Date.parse(old) + 3_600_000));
    try {
      await api.runtime.scheduler.runDue();
      await api.runtime.settle();
      // Sealed until the new deadline, though the proposal came in before the extension.
      const early = await api.request(routes.getProposal, {
        token: buyer,
        params: { proposalId: proposal.id },
      });
      expect(early.status).toBe(403);
      expect(early.problem?.type).toMatch(/sealed$/);
      // The company reads the deadline as it now stands.
      const own = await expectStatus(
        api.request(routes.getProposal, { token: company, params: { proposalId: proposal.id } }),
        200,
      );
      expect(own.deadline).toBe(extended);
      await expectStatus(
        api.request(routes.reviseProposal, {
          token: company,
          params: { proposalId: proposal.id },
          body: { durationMonths: 5 },
        }),
        200,
      );
    } finally {
      between();
    }
    expect(
      (await outboxEvents((d) => d.challengeId === challenge.id)).filter(
        (e) => e['detail-type'] === 'PhaseClosed',
      ),
    ).toEqual([]);
    const after = setClock(() => new Date(Date.parse(extended) + 60_000));
    try {
      await api.runtime.scheduler.runDue();
      await api.runtime.settle();
      const closed = (await outboxEvents((d) => d.challengeId === challenge.id)).filter(
        (e) => e['detail-type'] === 'PhaseClosed',
      );
      expect(closed.map((e) => e.detail.data.deadline)).toEqual([extended]);
      // Unsealed once the new deadline has passed.
      await expectStatus(
        api.request(routes.getProposal, { token: buyer, params: { proposalId: proposal.id } }),
        200,
      );
    } finally {
      after();
    }

    // A second correction clarifies the text: number 2. The open data shows both as amendments.
    const second = await expectStatus(
      api.request(routes.correctChallenge, {
        token: buyer,
        params: { challengeId: challenge.id },
        body: {
          reason: 'Verduidelijking: ook sluizen in beheer van waterschappen doen mee.',
          description: { nl: 'Innovaties voor emissieloos varen, ook bij sluizen van waterschappen.' },
        },
      }),
      200,
    );
    expect(second.corrections!.map((c) => c.number)).toEqual([1, 2]);
    expect(second.description.nl).toContain('waterschappen');
    const ocds = await expectStatus(api.request(routes.ocdsReport, { query: { year: THIS_YEAR } }), 200);
    const validate = ocdsValidator();
    expect(validate(ocds), JSON.stringify(validate.errors)).toBe(true);
    const release = ocds.releases.find((r: { ocid: string }) => r.ocid.endsWith(challenge.id)) as unknown as {
      tag: string[];
      tender: { amendments: { id: string; rationale: string }[] };
    };
    expect(release.tag).toContain('tenderAmendment');
    expect(release.tender.amendments.map((a) => a.rationale)).toEqual([
      'Op verzoek van inschrijvers: een week meer voor het projectplan.',
      'Verduidelijking: ook sluizen in beheer van waterschappen doen mee.',
    ]);
  });

  it('never shortens a deadline, never reopens a closed phase, needs a reason and a change; only its own buyer — nothing written', async () => {
    const challenge = await publishedChallenge(api, { token: buyer, body: challengeBody() });
    const old = challenge.phases[0]!.submissionDeadline;
    const correct = (body: unknown, token = buyer) =>
      api.call('POST', `/challenges/${challenge.id}/corrections`, { token, body });
    await api.runtime.settle();
    const before = await tableSnapshot();
    const shorter = await correct({
      reason: 'Wij willen eerder sluiten.',
      deadlines: [{ phase: 1, submissionDeadline: later(old, -3) }],
    });
    expect(shorter.status).toBe(400);
    expect(shorter.body.errors).toEqual([
      expect.objectContaining({ field: 'body.deadlines.0.submissionDeadline' }),
    ]);
    // Phase 1 may not overtake phase 2.
    const overtakes = await correct({
      reason: 'Fase 1 heel lang open.',
      deadlines: [{ phase: 1, submissionDeadline: later(challenge.phases[1]!.submissionDeadline, 1) }],
    });
    expect(overtakes.status).toBe(400);
    expect((await correct({ reason: 'Alleen een reden, geen wijziging.' })).status).toBe(400);
    expect((await correct({ deadlines: [{ phase: 1, submissionDeadline: later(old, 3) }] })).status).toBe(
      400,
    );
    const valid = {
      reason: 'Een week extra voor iedereen.',
      deadlines: [{ phase: 1, submissionDeadline: later(old, 7) }],
    };
    expect((await correct(valid, await api.as('buyer', ORGS.noordHolland.oin))).status).toBe(404);
    expect((await correct(valid, await api.as('sme', '45000002'))).status).toBe(403);
    // Once phase 1 has closed it is not reopened.
    const closed = setClock(() => new Date(Date.parse(old) + 60_000));
    try {
      const reopen = await correct(valid);
      expect(reopen.status).toBe(400);
      expect(reopen.body.errors[0].message).toMatch(/not reopened/);
      // Nor is the text its bidders bid on changed, while phase 2 is still open.
      const rewritten = await correct({
        reason: 'Consortia zijn toch niet toegestaan.',
        description: { nl: 'Innovaties voor emissieloos varen; alleen één bedrijf per voorstel.' },
      });
      expect(rewritten.status).toBe(400);
      expect(rewritten.body.errors).toEqual([expect.objectContaining({ field: 'body.description' })]);
      expect(rewritten.body.errors[0].message).toMatch(/phase 1 closed/);
    } finally {
      closed();
    }
    expect(await tableSnapshot()).toEqual(before);
  });

  it('a change to the call’s text leaves every open phase at least six days, moved in the same correction', async () => {
    const challenge = await publishedChallenge(api, { token: buyer, body: challengeBody() });
    const deadline = challenge.phases[0]!.submissionDeadline;
    const correct = (body: unknown) =>
      api.call('POST', `/challenges/${challenge.id}/corrections`, { token: buyer, body });
    const description = { nl: 'Innovaties voor emissieloos varen, ook met waterstof.' };
    // Three days before phase 1 closes, the requirements change.
    const late = setClock(() => new Date(Date.parse(deadline) - 3 * DAY));
    try {
      await api.runtime.settle();
      const before = await tableSnapshot();
      const tooShort = await correct({ reason: 'Waterstof is ook toegestaan.', description });
      expect(tooShort.status).toBe(400);
      expect(tooShort.body.errors).toEqual([expect.objectContaining({ field: 'body.deadlines' })]);
      expect(tooShort.body.errors[0].message).toMatch(/at least 6 days/);
      expect(await tableSnapshot()).toEqual(before);
      // With phase 1 moved to a week later in the same correction, it is published.
      const corrected = await expectStatus(
        api.request(routes.correctChallenge, {
          token: buyer,
          params: { challengeId: challenge.id },
          body: {
            reason: 'Waterstof is ook toegestaan; een week extra.',
            description,
            deadlines: [{ phase: 1, submissionDeadline: later(deadline, 7) }],
          },
        }),
        200,
      );
      expect(corrected.description.nl).toContain('waterstof');
    } finally {
      late();
    }
  });

  it('new award criteria are a significant change: only for a phase still open, valid weights, and the phase then stays open six more days; bidders see it', async () => {
    const challenge = await publishedChallenge(api, { token: buyer, body: challengeBody() });
    const deadline = challenge.phases[0]!.submissionDeadline;
    const weights = [
      { key: 'impact' as const, weightBasisPoints: 5000 },
      { key: 'technical-feasibility' as const, weightBasisPoints: 2500 },
      { key: 'economic-prospects' as const, weightBasisPoints: 2500 },
    ];
    const correct = (body: object) =>
      api.call('POST', `/challenges/${challenge.id}/corrections`, { token: buyer, body });
    const late = setClock(() => new Date(Date.parse(deadline) - 3 * DAY));
    try {
      await api.runtime.settle();
      const before = await tableSnapshot();
      const tooShort = await correct({
        reason: 'Impact weegt zwaarder.',
        criteria: [{ phase: 1, criteria: weights }],
      });
      expect(tooShort.status).toBe(400);
      expect(tooShort.body.errors).toEqual([expect.objectContaining({ field: 'body.deadlines' })]);
      expect(tooShort.body.errors[0].message).toMatch(
        /significant change \(criteria\).*at least 6 days.*phase 1/,
      );
      const badWeights = await correct({
        reason: 'Impact weegt zwaarder.',
        criteria: [{ phase: 1, criteria: [{ key: 'impact', weightBasisPoints: 5000 }] }],
        deadlines: [{ phase: 1, submissionDeadline: later(deadline, 7) }],
      });
      expect(badWeights.status).toBe(400);
      expect(badWeights.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'body.criteria.0.criteria',
      ]);
      expect(badWeights.body.errors[0].message).toMatch(/add up to 50%/);
      expect(await tableSnapshot()).toEqual(before);

      const corrected = await expectStatus(
        api.request(routes.correctChallenge, {
          token: buyer,
          params: { challengeId: challenge.id },
          body: {
            reason: 'Impact weegt zwaarder; een week extra om het voorstel aan te passen.',
            criteria: [{ phase: 1, criteria: weights }],
            deadlines: [{ phase: 1, submissionDeadline: later(deadline, 7) }],
          },
        }),
        200,
      );
      expect(corrected.phases[0]!.criteria.map((c) => c.weightBasisPoints)).toEqual([5000, 2500, 2500]);
      expect(corrected.phases[0]!.significantChangeDays).toBe(6);
      expect(corrected.corrections![0]).toMatchObject({
        criteria: [{ phase: 1, criteria: weights }],
        significant: ['criteria'],
      });
      // Public, and in the event the notifier and the listing read.
      const pub = await expectStatus(
        api.request(routes.getChallenge, { params: { challengeId: challenge.id } }),
        200,
      );
      expect(pub.corrections![0]!.significant).toEqual(['criteria']);
      await api.runtime.settle();
      const [event] = (await outboxEvents((d) => d.challengeId === challenge.id)).filter(
        (e) => e['detail-type'] === 'ChallengeCorrected',
      );
      expect(event!.detail.data).toMatchObject({ criteriaChanged: [1], significant: ['criteria'] });
    } finally {
      late();
    }
    // Once the phase has closed its criteria are what its bids were made on.
    const closed = setClock(() => new Date(Date.parse(later(deadline, 7)) + 60_000));
    try {
      const refused = await correct({
        reason: 'Toch de oude weging.',
        criteria: [{ phase: 1, criteria: weights }],
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(
        'body.criteria.0.criteria',
      );
    } finally {
      closed();
    }
  });

  it('an innovation partnership’s request stage gets its whole 30 days again after a significant change', async () => {
    const body = challengeBody({
      instrument: 'innovation-partnership',
      innovationPartnership: {
        mayEndPartnersAfterPhase: false,
        selectionCriteria: 'Ervaring met vergelijkbare ontwikkelprojecten.',
        candidatesToInvite: 3,
      },
    });
    body.phases = body.phases.map((p) => ({
      ...p,
      maxPerContractCents: 5_000_000,
      submissionDeadline: new Date(Date.now() + (p.number === 1 ? 40 : 300) * DAY).toISOString(),
      criteria: [
        { key: 'quality', weightBasisPoints: 6000 },
        { key: 'price', weightBasisPoints: 4000 },
      ],
    }));
    const challenge = await publishedChallenge(api, { token: buyer, body });
    expect(challenge.phases.map((p) => p.significantChangeDays)).toEqual([30, 6]);
    const deadline = challenge.phases[0]!.submissionDeadline;
    const description = { nl: 'Een innovatiepartnerschap voor emissieloos varen, nu ook met waterstof.' };
    const late = setClock(() => new Date(Date.parse(deadline) - 10 * DAY));
    try {
      const tooShort = await api.call('POST', `/challenges/${challenge.id}/corrections`, {
        token: buyer,
        body: {
          reason: 'Waterstof is ook toegestaan.',
          description,
          deadlines: [{ phase: 1, submissionDeadline: later(deadline, 10) }],
        },
      });
      expect(tooShort.status).toBe(400);
      expect(tooShort.body.errors[0].message).toMatch(/at least 30 days: move phase 1/);
      await expectStatus(
        api.request(routes.correctChallenge, {
          token: buyer,
          params: { challengeId: challenge.id },
          body: {
            reason: 'Waterstof is ook toegestaan; de aanmelding gaat dertig dagen opnieuw open.',
            description,
            deadlines: [{ phase: 1, submissionDeadline: later(deadline, 25) }],
          },
        }),
        200,
      );
    } finally {
      late();
    }
  });

  it('an innovation partnership answers a question later than 6 days before the deadline only once it is extended', async () => {
    const body = challengeBody({
      instrument: 'innovation-partnership',
      innovationPartnership: {
        mayEndPartnersAfterPhase: false,
        selectionCriteria: 'Ervaring met vergelijkbare ontwikkelprojecten.',
        candidatesToInvite: 3,
      },
    });
    body.phases = body.phases.map((p) => ({
      ...p,
      maxPerContractCents: 5_000_000,
      submissionDeadline: new Date(Date.now() + (p.number === 1 ? 40 : 300) * DAY).toISOString(),
      criteria: [
        { key: 'quality', weightBasisPoints: 6000 },
        { key: 'price', weightBasisPoints: 4000 },
      ],
    }));
    const challenge = await publishedChallenge(api, { token: buyer, body });
    const asked = await expectStatus(
      api.request(routes.askQuestion, {
        token: await api.as('sme', '45000003'),
        params: { challengeId: challenge.id },
        body: { question: 'Mag een consortium inschrijven?' },
      }),
      201,
    );
    const deadline = challenge.phases[0]!.submissionDeadline;
    const late = setClock(() => new Date(Date.parse(deadline) - 5 * DAY));
    try {
      const answer = () =>
        api.request(routes.answerQuestion, {
          token: buyer,
          params: { questionId: asked.id },
          body: { answer: 'Ja, met één penvoerder.' },
        });
      const refused = await answer();
      expect(refused.status).toBe(409);
      expect(refused.problem?.type).toMatch(/answer-needs-extension$/);
      await expectStatus(
        api.request(routes.correctChallenge, {
          token: buyer,
          params: { challengeId: challenge.id },
          body: {
            reason: 'Een vraag wordt laat beantwoord: de termijn gaat tien dagen langer open.',
            deadlines: [{ phase: 1, submissionDeadline: later(deadline, 10) }],
          },
        }),
        200,
      );
      await expectStatus(answer(), 200);
    } finally {
      late();
    }
  });
});
