import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationKeys } from '#shared/db/keys.ts';
import { getItem, transact } from '#shared/db/store.ts';
import type { BusEntry } from '#shared/messaging/outbox.ts';
import { setClock } from '#shared/platform/clock.ts';
import { mailer, setMailer } from '#shared/platform/mailer.ts';
import { isoWeek, latestOccurrence, RECURRING_SCHEDULES } from '#shared/platform/scheduler.ts';
import { routes } from '#shared/routes.ts';
import { challengeBody, fundThisYear, ORGS, registerOrganisations, THIS_YEAR } from '../support/fixtures.ts';
import { decideAwards, evaluatedPhase, expectStatus, publishedChallenge } from '../support/journeys.ts';
import { outboxEvents } from '../support/outbox.ts';
import { startTestRuntime, type TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * E-mail through the local SMTP server (smtp-server + mailparser) and DynamoDB Local: a saved
 * search gets one message for a matching call and none for another; a redelivered event sends
 * nothing twice; the one-click unsubscribe stops that kind; bad input is refused, nothing kept.
 */
let api: TestApi;
let company: string;
let other: string;
const ADDRESS = 'inschrijver@walstroom.example';
const OTHER_ADDRESS = 'info@zorgtech.example';
const mailTo = (address: string) => api.runtime.mailbox.messages().filter((m) => m.to.includes(address));

/** Every event the notifier was given, to hand it to the bus again. */
const delivered: BusEntry[] = [];

beforeAll(async () => {
  api = await startTestRuntime({
    beforeDelivery: (rule, delivery) => {
      const event = delivery as { source: string; 'detail-type': string; detail: unknown };
      if (rule === 'Notifications' && event['detail-type'] === 'ChallengePublished')
        delivered.push({
          Source: event.source,
          DetailType: event['detail-type'],
          Detail: JSON.stringify(event.detail),
        });
    },
  });
  await registerOrganisations();
  await fundThisYear();
  company = await api.as('sme', '12345678', 'anna', ADDRESS);
  other = await api.as('sme', '87654321', 'bram', OTHER_ADDRESS);
});
afterAll(async () => {
  await api?.runtime.stop();
});

describe('saved searches and new calls', () => {
  it('sends one e-mail for a matching call, in the chosen language, and none for another', async () => {
    await expectStatus(
      api.request(routes.saveSearch, {
        token: company,
        body: {
          name: 'Energie bij provincies',
          themes: ['energietransitie-duurzaamheid'],
          buyers: [ORGS.zuidHolland.oin],
        },
      }),
      201,
    );
    // Two searches of one person matching the same call: still one message.
    await expectStatus(
      api.request(routes.saveSearch, {
        token: company,
        body: { name: 'Onderzoek', cpvCodes: ['73000000-2'] },
      }),
      201,
    );
    await expectStatus(
      api.request(routes.saveSearch, { token: other, body: { name: 'Zorg', themes: ['zorg-gezondheid'] } }),
      201,
    );
    await expectStatus(
      api.request(routes.putPreferences, { token: other, body: { language: 'en', off: [] } }),
      200,
    );

    const energy = await publishedChallenge(api); // energy, Zuid-Holland, CPV 73000000-2
    await api.runtime.settle();
    const toCompany = mailTo(ADDRESS);
    expect(toCompany).toHaveLength(1);
    expect(toCompany[0]!.subject).toBe('Nieuwe oproep: SBIR Schone vaarwegen');
    expect(toCompany[0]!.text).toContain(`/oproepen/${energy.id}`);
    expect(toCompany[0]!.html).toContain('Lees de oproep');
    // RFC 8058: a one-click link and the header that says a POST to it unsubscribes.
    expect(toCompany[0]!.headers['list-unsubscribe']).toMatch(
      /^<http:\/\/localhost:\d+\/afmelden\?o=12345678&s=anna&k=new-call&t=/,
    );
    expect(toCompany[0]!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mailTo(OTHER_ADDRESS)).toHaveLength(0);

    const care = await publishedChallenge(api, {
      body: challengeBody({
        theme: 'zorg-gezondheid',
        title: { nl: 'SBIR Zorg thuis', en: 'SBIR Care at home' },
      }),
    });
    await api.runtime.settle();
    const toOther = mailTo(OTHER_ADDRESS);
    expect(toOther).toHaveLength(1);
    expect(toOther[0]!.subject).toBe('New call: SBIR Care at home');
    expect(toOther[0]!.text).toContain(`/oproepen/${care.id}?taal=en`);
    // The company's CPV search (73000000-2, every R&D code) matches the care call too; the other
    // company's care search never matched the energy call.
    expect(mailTo(ADDRESS)).toHaveLength(2);
  });
});

describe('exactly once', () => {
  it('a redelivered event sends nothing twice (the handler runs again, as after a crash before its dedupe record)', async () => {
    const published = [...new Map(delivered.map((e) => [e.Detail, e])).values()];
    expect(published.length).toBe(2);
    const before = api.runtime.mailbox.messages().length;
    expect(before).toBe(3);
    // Three more deliveries of every published event, as the bus may do (at least once).
    for (let i = 0; i < 3; i++) api.runtime.bus.putEvents(published);
    await api.runtime.bus.idle();
    await api.runtime.settle();
    expect(api.runtime.mailbox.messages().length).toBe(before);
  });

  it('a failed send is retried and sent once', async () => {
    let failures = 1;
    const real = mailer();
    setMailer({
      send: async (mail) => {
        if (failures-- > 0) throw new Error('421 try again later');
        return real.send(mail);
      },
    });
    try {
      // Asked before anyone of the buyer signed in: nobody to tell.
      const question = await expectStatus(
        api.request(routes.askQuestion, {
          token: company,
          params: { challengeId: (await publishedChallenge(api)).id },
          body: { question: 'Mag een consortium inschrijven?' },
        }),
        201,
      );
      await api.runtime.settle();
      const buyerMail = 'inkoop@pzh.example';
      // The buyer signs in (the site records the address), then the question is asked again.
      const buyer = await api.as('buyer', ORGS.zuidHolland.oin, 'inkoper', buyerMail);
      await expectStatus(api.request(routes.registerAddress, { token: buyer }), 200);
      expect(question.id).toBeDefined();
      await expectStatus(
        api.request(routes.askQuestion, {
          token: company,
          params: { challengeId: question.challengeId },
          body: { question: 'Telt een onderaannemer als partner?' },
        }),
        201,
      );
      await api.runtime.settle();
      expect(mailTo(buyerMail).map((m) => m.subject)).toEqual(['Nieuwe vraag over SBIR Schone vaarwegen']);
    } finally {
      setMailer(real);
    }
  });
});

describe('preferences and unsubscribe', () => {
  it('the one-click unsubscribe turns that kind off, and no more of it is sent', async () => {
    const link = new URL(mailTo(ADDRESS)[0]!.headers['list-unsubscribe']!.replace(/^<|>$/g, ''));
    const body = {
      org: link.searchParams.get('o')!,
      sub: link.searchParams.get('s')!,
      kind: link.searchParams.get('k')! as 'new-call',
      key: link.searchParams.get('t')!,
    };
    // A forged key changes nothing.
    const forged = await api.request(routes.unsubscribe, { body: { ...body, key: 'A'.repeat(32) } });
    expect(forged.status).toBe(400);
    expect((await api.request(routes.getPreferences, { token: company })).body.off).toEqual([]);

    await expectStatus(api.request(routes.unsubscribe, { body }), 200);
    expect((await api.request(routes.getPreferences, { token: company })).body.off).toEqual(['new-call']);
    const before = mailTo(ADDRESS).length;
    await publishedChallenge(api);
    await api.runtime.settle();
    expect(mailTo(ADDRESS).length).toBe(before);
  });

  it('a suppressed address gets nothing, and that is recorded', async () => {
    await transact([
      {
        item: {
          Put: { Item: { ...notificationKeys.suppressed(OTHER_ADDRESS), entity: 'SuppressedAddress' } },
        },
      },
    ]);
    const before = mailTo(OTHER_ADDRESS).length;
    const care = await publishedChallenge(api, { body: challengeBody({ theme: 'zorg-gezondheid' }) });
    await api.runtime.settle();
    expect(mailTo(OTHER_ADDRESS).length).toBe(before);
    const event = (await outboxEvents((d) => d.challengeId === care.id)).find(
      (e) => e['detail-type'] === 'ChallengePublished',
    )!;
    const eventId = (event.detail as { metadata: { eventId: string } }).metadata.eventId;
    const record = await getItem(notificationKeys.delivery(eventId, '87654321', 'bram', 'new-call'));
    expect(record?.status).toBe('suppressed');
  });

  it('refuses bad input with a problem at the field, and keeps nothing', async () => {
    const before = await tableSnapshot();
    const cases = [
      {
        route: routes.putPreferences,
        body: { email: 'geen-adres', language: 'nl', off: [] },
        field: 'email',
      },
      {
        route: routes.putPreferences,
        body: { email: 'a@b.nl\r\nBcc: everyone@example.com', language: 'nl', off: [] },
        field: 'email',
      },
      { route: routes.putPreferences, body: { language: 'nl', off: ['question-asked'] }, field: 'off' },
      { route: routes.putPreferences, body: { language: 'de', off: [] }, field: 'language' },
      { route: routes.saveSearch, body: { name: 'Alles' }, field: 'themes' },
      {
        route: routes.saveSearch,
        body: { name: 'Twee\r\nregels', themes: ['zorg-gezondheid'] },
        field: 'name',
      },
      { route: routes.saveSearch, body: { name: 'CPV', cpvCodes: ['7300'] }, field: 'cpvCodes.0' },
    ] as const;
    for (const c of cases) {
      const answer = await api.request(c.route as typeof routes.putPreferences, {
        token: company,
        body: c.body as never,
      });
      expect(answer.status, JSON.stringify(c.body)).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.stringify(answer.problem), JSON.stringify(c.body)).toContain(c.field);
    }
    // Someone without an address in their identity must give one.
    const noAddress = await api.as('sme', '11223344', 'zonder', '');
    const refused = await api.request(routes.putPreferences, {
      token: noAddress,
      body: { language: 'nl', off: [] },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.problem)).toContain('email');
    expect(await tableSnapshot()).toEqual(before);
  });

  it('an assessor named to a committee is told', async () => {
    const judge = await api.as('assessor', ORGS.zuidHolland.oin, 'j.jansen', 'j.jansen@pzh.example');
    await expectStatus(api.request(routes.registerAddress, { token: judge }), 200);
    const challenge = await publishedChallenge(api);
    await expectStatus(
      api.request(routes.nameCommittee, {
        token: await api.as('buyer', ORGS.zuidHolland.oin),
        params: { challengeId: challenge.id, phase: 1 },
        body: { assessors: [{ oin: ORGS.zuidHolland.oin, assessorId: 'j.jansen' }] },
      }),
      200,
    );
    await api.runtime.settle();
    expect(mailTo('j.jansen@pzh.example').map((m) => m.subject)).toEqual([
      'U zit in de beoordelingscommissie van SBIR Schone vaarwegen, fase 1',
    ]);
  });

  it('co-funders are asked for consent and the lead buyer hears the answer; the buyer hears of a closed phase; each bidder of its decision', async () => {
    const lead = await api.as('buyer', ORGS.zuidHolland.oin, 'inkoper', 'inkoop@pzh.example');
    const funder = await api.as('buyer', ORGS.ezk.oin, 'sbir', 'sbir@ezk.example');
    const bidder = await api.as('sme', '44000000', 'penvoerder', 'penvoerder@bidder.example');
    // The committee's judge (named by evaluatedPhase) hears when the proposals open for scoring.
    const judge = await api.as('assessor', ORGS.ezk.oin, 'judge', 'judge@ezk.example');
    for (const token of [lead, funder, bidder, judge])
      await expectStatus(api.request(routes.registerAddress, { token }), 200);

    const phase = await evaluatedPhase(api, {
      companies: 2,
      requestedCents: 5_000_000,
      phase1BudgetCents: 40_000_000,
      kvkBase: 44_000_000,
    });
    try {
      await api.runtime.settle(); // the phase's schedule is made
      await api.runtime.scheduler.runDue(); // its deadline has passed: it closes
      await api.runtime.settle();
      const toFunder = mailTo('sbir@ezk.example').map((m) => m.subject);
      expect(toFunder).toContain('Uw instemming gevraagd voor SBIR Schone vaarwegen');
      const toLead = mailTo('inkoop@pzh.example').map((m) => m.subject);
      expect(toLead).toContain(
        'Ministerie van Economische Zaken en Klimaat stemt in met zijn aandeel in SBIR Schone vaarwegen',
      );
      expect(toLead).toContain('Fase 1 van SBIR Schone vaarwegen gesloten: 2 voorstellen');
      expect(mailTo('judge@ezk.example').map((m) => m.subject)).toEqual([
        'U zit in de beoordelingscommissie van SBIR Schone vaarwegen, fase 1',
        'Open voor beoordeling: SBIR Schone vaarwegen, fase 1',
      ]);
      // The last score made the ranking ready: the lead buyer is told once, before any decision.
      expect(
        toLead.filter((s) => s === 'De commissie heeft fase 1 van SBIR Schone vaarwegen beoordeeld'),
      ).toHaveLength(1);
      const second = await api.as('sme', '44000001', 'tweede', 'tweede@bidder.example');
      await expectStatus(api.request(routes.registerAddress, { token: second }), 200);

      const decision = await expectStatus(
        decideAwards(api, {
          token: await api.as('buyer', ORGS.zuidHolland.oin),
          challengeId: phase.challengeId,
          phase: 1,
          proposalIds: [phase.proposals[0]!.id],
        }),
        201,
      );
      await api.runtime.settle();
      // The outcome is in the letter behind the sign-in, never in the e-mail.
      // (besides the receipt of its proposal)
      const letters = mailTo('penvoerder@bidder.example').filter((m) => !m.subject.startsWith('Ontvangen:'));
      expect(letters.map((m) => m.subject)).toEqual(['Gunningsbeslissing SBIR Schone vaarwegen, fase 1']);
      expect(letters[0]!.text).not.toMatch(/gegund|niet gegund|awarded/i);

      // A complaint: the lead buyer must answer it, the co-funder hears of it; the answer reaches
      // the company that lodged it, with the court route; a withdrawal reaches every bidder.
      const complaint = await expectStatus(
        api.request(routes.lodgeObjection, {
          token: phase.proposals[1]!.token,
          params: { proposalId: phase.proposals[1]!.id },
          body: { decisionId: decision.decisionId, grounds: 'Ons voorstel is op impact te laag beoordeeld.' },
        }),
        201,
      );
      await api.runtime.settle();
      expect(mailTo('inkoop@pzh.example').map((m) => m.subject)).toContain(
        'Klacht over uw gunningsbeslissing over SBIR Schone vaarwegen',
      );
      expect(mailTo('sbir@ezk.example').map((m) => m.subject)).toContain(
        'Gunningsbeslissing SBIR Schone vaarwegen, fase 1: bericht voor medefinanciers',
      );
      await expectStatus(
        api.request(routes.answerObjection, {
          token: await api.as('buyer', ORGS.zuidHolland.oin),
          params: { challengeId: phase.challengeId, objectionId: complaint.objectionId },
          body: { outcome: 'rejected', reasons: 'De score op impact is goed gemotiveerd.' },
        }),
        200,
      );
      await api.runtime.settle();
      const answered = mailTo('tweede@bidder.example').find((m) => m.subject.includes('is beantwoord'));
      expect(answered?.text).toMatch(/ongegrond.*kort geding/s);
      await expectStatus(
        api.request(routes.withdrawDecision, {
          token: await api.as('buyer', ORGS.zuidHolland.oin),
          params: { challengeId: phase.challengeId, decisionId: decision.decisionId },
          body: { reason: 'Wij herzien de beoordeling.' },
        }),
        200,
      );
      await api.runtime.settle();
      for (const address of ['penvoerder@bidder.example', 'tweede@bidder.example'])
        expect(mailTo(address).map((m) => m.subject)).toContain(
          'Gunningsbeslissing SBIR Schone vaarwegen, fase 1, ingetrokken',
        );
    } finally {
      phase.restore();
    }
  });

  it('reminds a company that asked and has not bid, 7 days and 1 day before, on the application clock', async () => {
    const asker = await api.as('sme', '55000001', 'vrager', 'vrager@asker.example');
    const bidder = await api.as('sme', '55000002', 'bieder', 'bieder@bidder.example');
    for (const token of [asker, bidder]) {
      await expectStatus(api.request(routes.registerAddress, { token }), 200);
      await expectStatus(
        api.request(routes.putCompanyProfile, {
          token,
          body: { name: 'Bedrijf', staff: 5, turnoverCents: 10_000_000, balanceSheetCents: 5_000_000 },
        }),
        200,
      );
    }
    const challenge = await publishedChallenge(api);
    const deadline = challenge.phases[0]!.submissionDeadline;
    for (const token of [asker, bidder])
      await expectStatus(
        api.request(routes.askQuestion, {
          token,
          params: { challengeId: challenge.id },
          body: { question: 'Hoe lang mag het plan zijn?' },
        }),
        201,
      );
    await expectStatus(
      api.request(routes.submitProposal, {
        token: bidder,
        params: { challengeId: challenge.id, phase: 1 },
        body: {
          summary: 'Een voorstel.',
          plan: 'Een plan in drie stappen.',
          requestedAmountCents: 5_000_000,
          durationMonths: 6,
        },
      }),
      201,
    );
    await api.runtime.settle();
    // The bidder has its receipt, with the reference it quotes and until when it may change the bid.
    const [receipt] = mailTo('bieder@bidder.example').filter((m) => m.subject.startsWith('Ontvangen:'));
    expect(receipt?.subject).toMatch(
      /^Ontvangen: uw voorstel voor SBIR Schone vaarwegen, fase 1 \(IM-[0-9A-F]{8}\)$/,
    );
    expect(receipt?.text).toContain('U kunt het wijzigen of intrekken tot');
    expect(mailTo('vrager@asker.example').some((m) => m.subject.startsWith('Ontvangen:'))).toBe(false);
    const reminders = (address: string) =>
      mailTo(address)
        .filter((m) => /sluit fase 1/.test(m.subject))
        .map((m) => m.subject);
    // Nothing before its time.
    await api.runtime.scheduler.runDue();
    expect(reminders('vrager@asker.example')).toEqual([]);

    const week = setClock(() => new Date(Date.parse(deadline) - 7 * 86_400_000 + 60_000));
    try {
      await api.runtime.scheduler.runDue();
      await api.runtime.scheduler.runDue(); // fired once, whatever runs it again
      await api.runtime.settle();
      expect(reminders('vrager@asker.example')).toEqual([
        'Over 7 dagen sluit fase 1 van SBIR Schone vaarwegen',
      ]);
    } finally {
      week();
    }
    const day = setClock(() => new Date(Date.parse(deadline) - 86_400_000 + 60_000));
    try {
      await api.runtime.scheduler.runDue();
      await api.runtime.settle();
      expect(reminders('vrager@asker.example')).toEqual([
        'Over 7 dagen sluit fase 1 van SBIR Schone vaarwegen',
        'Morgen sluit fase 1 van SBIR Schone vaarwegen',
      ]);
      expect(reminders('bieder@bidder.example')).toEqual([]); // it bid already
    } finally {
      day();
    }
  });

  it('a correction reaches the companies that bid on or asked about the call, and no one else', async () => {
    const asker = await api.as('sme', '66000001', 'vrager', 'vrager@corr.example');
    const stranger = await api.as('sme', '66000002', 'vreemde', 'vreemde@corr.example');
    for (const token of [asker, stranger])
      await expectStatus(api.request(routes.registerAddress, { token }), 200);
    const challenge = await publishedChallenge(api);
    await expectStatus(
      api.request(routes.askQuestion, {
        token: asker,
        params: { challengeId: challenge.id },
        body: { question: 'Mag het plan in het Engels?' },
      }),
      201,
    );
    const later = new Date(
      Date.parse(challenge.phases[0]!.submissionDeadline) + 7 * 86_400_000,
    ).toISOString();
    await expectStatus(
      api.request(routes.correctChallenge, {
        token: await api.as('buyer', ORGS.zuidHolland.oin),
        params: { challengeId: challenge.id },
        body: {
          reason: 'Meer tijd voor het projectplan.',
          deadlines: [{ phase: 1, submissionDeadline: later }],
        },
      }),
      200,
    );
    await api.runtime.settle();
    const toAsker = mailTo('vrager@corr.example');
    expect(toAsker.map((m) => m.subject)).toEqual(['Rectificatie 1 van SBIR Schone vaarwegen']);
    expect(toAsker[0]!.text).toContain('Meer tijd voor het projectplan.');
    expect(toAsker[0]!.text).toContain('De sluiting is verschoven naar');
    expect(mailTo('vreemde@corr.example')).toEqual([]);
  });

  it('a nota that changes an answer reaches every bidder of the phase as well as the askers, and says so', async () => {
    const asker = await api.as('sme', '66000011', 'vrager', 'vrager@nota.example');
    const bidder = await api.as('sme', '66000012', 'bieder', 'bieder@nota.example');
    const stranger = await api.as('sme', '66000013', 'vreemde', 'vreemde@nota.example');
    for (const token of [asker, bidder, stranger])
      await expectStatus(api.request(routes.registerAddress, { token }), 200);
    const buyer = await api.as('buyer', ORGS.zuidHolland.oin);
    const challenge = await publishedChallenge(api);
    const params = { challengeId: challenge.id };
    const question = await expectStatus(
      api.request(routes.askQuestion, {
        token: asker,
        params,
        body: { question: 'Mag een consortium inschrijven?' },
      }),
      201,
    );
    await expectStatus(
      api.request(routes.answerQuestion, {
        token: buyer,
        params: { questionId: question.id },
        body: { answer: 'Ja, met één penvoerder.' },
      }),
      200,
    );
    await expectStatus(
      api.request(routes.putCompanyProfile, {
        token: bidder,
        body: { name: 'Bieder BV', staff: 5, turnoverCents: 10_000_000, balanceSheetCents: 5_000_000 },
      }),
      200,
    );
    await expectStatus(
      api.request(routes.submitProposal, {
        token: bidder,
        params: { ...params, phase: 1 },
        body: {
          summary: 'Een voorstel voor de uitdaging.',
          plan: 'Een plan in drie stappen.',
          requestedAmountCents: 4_000_000,
          durationMonths: 6,
        },
      }),
      201,
    );
    // After the question deadline, before the phase closes: a first nota, then one that changes the answer.
    const restore = setClock(() => new Date(Date.parse(challenge.questionDeadline) + 60_000));
    try {
      const nota = (body: object) =>
        api.request(routes.publishNota, { token: buyer, params: { ...params, phase: 1 }, body });
      await expectStatus(nota({}), 201);
      await expectStatus(
        nota({
          amendments: [
            {
              questionId: question.id,
              answer: 'Nee, alleen één bedrijf.',
              reason: 'Herzien.',
              change: 'consortium',
            },
          ],
        }),
        201,
      );
      await api.runtime.settle();
    } finally {
      restore();
    }
    // The asker was told of the answer and of both notas (the two notas' events are delivered
    // side by side, so in either order); the bidder of the one that changed it.
    expect(
      mailTo('vrager@nota.example')
        .map((m) => m.subject)
        .sort(),
    ).toEqual([
      'Antwoorden gewijzigd: nota van inlichtingen 2 bij SBIR Schone vaarwegen, fase 1',
      'Nota van inlichtingen 1 bij SBIR Schone vaarwegen, fase 1',
      'Uw vraag over SBIR Schone vaarwegen is beantwoord',
    ]);
    const toBidder = mailTo('bieder@nota.example').filter((m) => !m.subject.startsWith('Ontvangen:'));
    expect(toBidder.map((m) => m.subject)).toEqual([
      'Antwoorden gewijzigd: nota van inlichtingen 2 bij SBIR Schone vaarwegen, fase 1',
    ]);
    expect(toBidder[0]!.text).toContain('Deze nota wijzigt een eerder antwoord');
    expect(toBidder[0]!.text).toContain('Dit is een wezenlijke wijziging (de regel over consortia)');
    expect(mailTo('vreemde@nota.example')).toEqual([]);
  });

  it('SES feedback suppresses an address: a permanent bounce and a complaint do, a transient bounce does not', async () => {
    const { handler } = await import('#functions/mail/feedback.ts');
    const bounce = (bounceType: string, address: string) => ({
      'detail-type': 'Email Bounced',
      source: 'aws.ses',
      detail: { eventType: 'Bounce', bounce: { bounceType, bouncedRecipients: [{ emailAddress: address }] } },
    });
    expect(await handler(bounce('Permanent', 'Weg@Bounce.example'))).toEqual({ suppressed: 1 });
    expect(await handler(bounce('Transient', 'vol@bounce.example'))).toEqual({ suppressed: 0 });
    expect(
      await handler({
        'detail-type': 'Email Complaint Received',
        source: 'aws.ses',
        detail: { complaint: { complainedRecipients: [{ emailAddress: 'klacht@bounce.example' }] } },
      }),
    ).toEqual({ suppressed: 1 });
    expect(await getItem(notificationKeys.suppressed('weg@bounce.example'))).toMatchObject({
      reason: 'bounce',
    });
    expect(await getItem(notificationKeys.suppressed('klacht@bounce.example'))).toMatchObject({
      reason: 'complaint',
    });
    expect(await getItem(notificationKeys.suppressed('vol@bounce.example'))).toBeUndefined();
  });

  it('nothing typed can add a header: a line break in a call title stays in the subject', async () => {
    const reader = await api.as('sme', '77000001', 'lezer', 'lezer@inject.example');
    await expectStatus(
      api.request(routes.saveSearch, {
        token: reader,
        body: { name: 'Veilig', themes: ['veilige-samenleving'] },
      }),
      201,
    );
    // A title may hold a line break (the API keeps text as typed); the e-mail's headers may not.
    await publishedChallenge(api, {
      body: challengeBody({
        theme: 'veilige-samenleving',
        title: { nl: 'SBIR Veilig\r\nBcc: iedereen@inject.example' },
      }),
    });
    await api.runtime.settle();
    const [message] = mailTo('lezer@inject.example');
    expect(message!.headers.bcc).toBeUndefined();
    expect(message!.to).toEqual(['lezer@inject.example']);
    expect(message!.subject).toBe('Nieuwe oproep: SBIR Veilig Bcc: iedereen@inject.example');
    expect(mailTo('iedereen@inject.example')).toEqual([]);
  });

  it('the Monday digest tells the programme office and the holder’s officer of an envelope above 90% use, once a week, and no one else', async () => {
    const { handler: digest } = await import('#functions/scheduled/weekly-digest.ts');
    const bureau = await api.as('programme', ORGS.ezk.oin, 'bureau', 'bureau@programma.example');
    const ezkOfficer = await api.as('officer', ORGS.ezk.oin, 'controller', 'controller@ezk.example');
    const utrechtOfficer = await api.as('officer', ORGS.utrecht.oin, 'inkoop', 'inkoop@utrecht.example');
    for (const token of [bureau, ezkOfficer, utrechtOfficer])
      await expectStatus(api.request(routes.registerAddress, { token }), 200);
    const scheduledAt = latestOccurrence(RECURRING_SCHEDULES.weeklyDigest, new Date().toISOString());
    const digests = (address: string) => mailTo(address).filter((m) => m.subject.startsWith('Weekoverzicht'));

    // Nothing to chase yet: nobody is written to.
    expect(await digest({ scheduledAt })).toEqual({ nothing: 3 });

    // The programme office tightens EZK's SBIR cap to what it has committed: 100% used.
    const { envelopes } = await expectStatus(
      api.request(routes.listEnvelopes, { token: bureau, params: { year: THIS_YEAR } }),
      200,
    );
    const ezk = envelopes.find((e) => e.holderOin === ORGS.ezk.oin && e.instrument === 'sbir')!;
    const used = ezk.capCents - ezk.remainingCents;
    expect(used).toBeGreaterThan(0);
    await expectStatus(
      api.request(routes.putEnvelope, {
        token: bureau,
        params: { year: THIS_YEAR, funderOin: ORGS.ezk.oin },
        body: {
          caps: [
            { instrument: 'sbir', capCents: used },
            { instrument: 'innovation-partnership', capCents: 1_000_000_000 },
          ],
        },
      }),
      200,
    );
    expect(await digest({ scheduledAt })).toEqual({ sent: 2, nothing: 1 });
    expect(await digest({ scheduledAt })).toEqual({ 'already-sent': 2, nothing: 1 }); // the week is the key
    const week = isoWeek(scheduledAt);
    for (const address of ['bureau@programma.example', 'controller@ezk.example']) {
      const [message, ...more] = digests(address);
      expect(more).toEqual([]);
      expect(message!.subject).toBe(`Weekoverzicht ${week}: 1 envelop boven 90%`);
      expect(message!.text).toMatch(
        new RegExp(
          `– Ministerie van Economische Zaken en Klimaat, SBIR ${THIS_YEAR}: 100% gebruikt, €\\s0,00 over van €\\s[\\d.]+,\\d\\d`,
        ),
      );
      expect(message!.text).toContain('/rapporten');
    }
    expect(digests('inkoop@utrecht.example')).toEqual([]); // Utrecht draws from IPO's envelope, not EZK's
  });
});
