import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '#shared/platform/clock.ts';
import { challengeBody, ORGS } from '../support/fixtures.ts';
import { marketplace, publishWithConsents } from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

let api: TestApi;
let buyer: string;
let asker: string;
let bystander: string;
let challengeId: string;

beforeAll(async () => {
  api = await marketplace();
  buyer = await api.as('buyer', ORGS.zuidHolland.oin);
  asker = await api.as('sme', '12345678');
  bystander = await api.as('sme', '87654321');
  const created = await api.call('POST', '/challenges', { token: buyer, body: challengeBody() });
  challengeId = created.body.id;
  expect(created.body.questionDeadline < created.body.phases[0].submissionDeadline).toBe(true);
  await publishWithConsents(api, challengeId, buyer);
});
afterAll(() => api?.runtime.stop());

describe('clarification questions (nota van inlichtingen)', () => {
  let questionId: string;

  it('a company asks; until answered only the asker and the buyer see it, and nobody sees who asked', async () => {
    const asked = await api.call('POST', `/challenges/${challengeId}/questions`, {
      token: asker,
      body: { question: 'Mag een consortium van twee mkb-bedrijven inschrijven?' },
    });
    expect(asked.status).toBe(201);
    questionId = asked.body.id;
    expect((await api.call('GET', `/challenges/${challengeId}/questions`)).body.items).toEqual([]);
    expect(
      (await api.call('GET', `/challenges/${challengeId}/questions`, { token: bystander })).body.items,
    ).toEqual([]);
    expect(
      (await api.call('GET', `/challenges/${challengeId}/questions`, { token: asker })).body.items[0],
    ).toMatchObject({ id: questionId, mine: true });
    const forBuyer = await api.call('GET', `/challenges/${challengeId}/questions`, { token: buyer });
    expect(forBuyer.body.items).toHaveLength(1);
    expect(JSON.stringify(forBuyer.body)).not.toContain('12345678');
  });

  it('the own buyer answers once; the answer is public, without the asker', async () => {
    expect(
      (
        await api.call('POST', `/questions/${questionId}/answer`, {
          token: await api.as('buyer', ORGS.noordHolland.oin),
          body: { answer: 'Nee.' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await api.call('POST', `/questions/${questionId}/answer`, { token: asker, body: { answer: 'Ja.' } }))
        .status,
    ).toBe(403);
    const answered = await api.call('POST', `/questions/${questionId}/answer`, {
      token: buyer,
      body: { answer: 'Ja, met één penvoerder.' },
    });
    expect(answered.status).toBe(200);
    await api.runtime.settle(); // projections of earlier requests are in: compare like with like
    const before = await tableSnapshot();
    expect(
      (
        await api.call('POST', `/questions/${questionId}/answer`, {
          token: buyer,
          body: { answer: 'Toch niet.' },
        })
      ).status,
    ).toBe(409);
    expect(await tableSnapshot()).toEqual(before);
    const published = await api.call('GET', `/challenges/${challengeId}/questions`);
    expect(published.body.items).toEqual([
      expect.objectContaining({
        id: questionId,
        question: 'Mag een consortium van twee mkb-bedrijven inschrijven?',
        answer: 'Ja, met één penvoerder.',
      }),
    ]);
    expect(JSON.stringify(published.body)).not.toMatch(/12345678|askedBy|mine/);
  });

  it('a question that names its asker is published as the buyer edited it; the asker’s words stay sealed', async () => {
    const asked = await api.call('POST', `/challenges/${challengeId}/questions`, {
      token: asker,
      body: { question: 'Wij van Walstroom BV hebben een patent op de Stekker-X; mogen wij die gebruiken?' },
    });
    expect(asked.status).toBe(201);
    const answered = await api.call('POST', `/questions/${asked.body.id}/answer`, {
      token: buyer,
      body: {
        answer: 'Ja, eigen octrooien mogen worden gebruikt.',
        publishedQuestion: 'Mag een inschrijver een eigen octrooi gebruiken?',
      },
    });
    expect(answered.status).toBe(200);
    const published = await api.call('GET', `/challenges/${challengeId}/questions`, { token: bystander });
    const shown = published.body.items.find((q: { id: string }) => q.id === asked.body.id);
    expect(shown).toMatchObject({ question: 'Mag een inschrijver een eigen octrooi gebruiken?' });
    expect(JSON.stringify(published.body)).not.toMatch(/Walstroom|Stekker-X/);
    // The buyer sees both; the asker its own words.
    const forBuyer = await api.call('GET', `/challenges/${challengeId}/questions`, { token: buyer });
    expect(forBuyer.body.items.find((q: { id: string }) => q.id === asked.body.id)).toMatchObject({
      question: 'Mag een inschrijver een eigen octrooi gebruiken?',
      originalQuestion: expect.stringContaining('Walstroom'),
    });
    const forAsker = await api.call('GET', `/challenges/${challengeId}/questions`, { token: asker });
    expect(forAsker.body.items.find((q: { id: string }) => q.id === asked.body.id).question).toMatch(
      /Walstroom/,
    );
    // The event the audit trail keeps carries the original; the published text is the edited one.
    await api.runtime.settle();
    const event = (await tableSnapshot())
      .filter((i) => i.entity === 'OutboxEvent' && i.detailType === 'QuestionAnswered')
      .map((i) => JSON.parse(i.detail as string).data)
      .find((d) => d.questionId === asked.body.id);
    expect(event).toMatchObject({
      question: 'Mag een inschrijver een eigen octrooi gebruiken?',
      originalQuestion: expect.stringContaining('Walstroom'),
    });
  });

  it('questions close at the question deadline', async () => {
    const challenge = (await api.call('GET', `/challenges/${challengeId}`)).body;
    const restore = setClock(() => new Date(new Date(challenge.questionDeadline).getTime() + 1000));
    try {
      const late = await api.call('POST', `/challenges/${challengeId}/questions`, {
        token: bystander,
        body: { question: 'Is er nog ruimte voor vragen?' },
      });
      expect(late.status).toBe(409);
      expect(late.body.type).toMatch(/questions-closed$/);
    } finally {
      restore();
    }
  });
});
