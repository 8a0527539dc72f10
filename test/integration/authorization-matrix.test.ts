import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '#shared/auth/caller.ts';
import { periodOf } from '#shared/contracts/settlements.ts';
import { type AnyRoute, routeKey, type TenancyRule } from '#shared/http/route.ts';
import { subscriberOf } from '#shared/notifications/subscribers.ts';
import { amsterdamDate } from '#shared/platform/amsterdam.ts';
import { clock, setClock } from '#shared/platform/clock.ts';
import { routeTable } from '#shared/routes.ts';
import { putTo, sampleFiles } from '../support/files.ts';
import { challengeBody, fundThisYear, ORGS, THIS_YEAR } from '../support/fixtures.ts';
import {
  consentOfEveryCoFunder,
  draftedChallenge,
  evaluatedPhase,
  marketplace,
  passStandstill,
  publishedChallenge,
} from '../support/journeys.ts';
import type { TestApi } from '../support/runtime.ts';
import { changesDuring } from '../support/table.ts';

/**
 * The authorization matrix: every route × every role (and anonymous) × own / other organisation,
 * generated from the route table. Each route states its tenancy rule in the table; here each
 * route has a request that touches a resource of the "own" organisation. The other organisation
 * of the same role must be refused (404 or 403) with nothing written; the own one must get
 * through. A route without a rule or without a request here fails `planFor`.
 */
type Caller = Role | 'anonymous';
type Side = 'own' | 'other';
interface Request {
  path: string;
  body?: unknown;
}
interface Fixture {
  request: (caller: Caller) => Promise<Request> | Request;
  /** Each side gets a request of its own (what one request does cannot be done twice: an invitation). */
  freshPerSide?: true;
  /** What the own organisation gets when the resource's state, not its owner, says no. */
  ownStatus?: Partial<Record<Role, number>>;
}

let api: TestApi;
let restoreClock: () => void;
const tokens = {} as Record<Role, Record<Side, string>>;
const KVK = { own: '71000001', other: '71000002' };
const world = {
  closed: '', // ZH's challenge whose phase 1 closed, evaluated and (partly) awarded
  closedProposals: [] as string[], // of companies 71000001…71000004
  awards: {} as Record<'own' | 'complete' | 'terminate', string>,
  concluded: '', // the decision of those three awards: its standstill is over, the contracts run
  standstill: '', // a later decision (proposal 5) still in its standstill
  open: '', // ZH's challenge with phase 1 open, and a sealed proposal of the own company
  openProposal: '',
  withDocument: '', // a published call with one document
  document: '',
};

const future = (days: number) => new Date(Date.parse(clock.nowIso()) + days * 86_400_000).toISOString();
/** A joint challenge body with deadlines after the (moved) application clock. */
const body = () => {
  // Zuid-Holland and Noord-Holland both fund (and so may each lead) it, with EZK's half.
  const b = challengeBody({
    funders: [
      { oin: ORGS.ezk.oin, shareBasisPoints: 5000 },
      { oin: ORGS.zuidHolland.oin, shareBasisPoints: 2500 },
      { oin: ORGS.noordHolland.oin, shareBasisPoints: 2500 },
    ],
  });
  b.phases = b.phases.map((p) => ({ ...p, submissionDeadline: future(p.number === 1 ? 100 : 300) }));
  return b;
};
const proposalBody = {
  summary: 'Een voorstel voor de uitdaging.',
  plan: 'Een plan in drie stappen.',
  requestedAmountCents: 5_000_000,
  durationMonths: 6,
};

async function ok(promise: Promise<{ status: number; body: any }>, status = 200) {
  const response = await promise;
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}
const draft = async () => (await draftedChallenge(api, { token: tokens.buyer.own, body: body() })).id;
const published = async () => (await publishedChallenge(api, { token: tokens.buyer.own, body: body() })).id;
async function proposalOfOwnCompany(challengeId: string): Promise<string> {
  const submitted = api.call('POST', `/challenges/${challengeId}/phases/1/proposals`, {
    token: tokens.sme.own,
    body: proposalBody,
  });
  return (await ok(submitted, 201)).id;
}

beforeAll(async () => {
  // The matrix adds a file to the open proposal for each caller of several routes: no limit here.
  process.env.MAX_ATTACHMENTS = '1000';
  api = await marketplace({ funded: false });
  await fundThisYear(5_000_000_000); // room for the many challenges the matrix publishes
  const sign = (role: Role, org: string, sub?: string) => api.as(role, org, sub);
  tokens.buyer = {
    own: await sign('buyer', ORGS.zuidHolland.oin),
    other: await sign('buyer', ORGS.noordHolland.oin),
  };
  tokens.sme = { own: await sign('sme', KVK.own), other: await sign('sme', KVK.other) };
  tokens.assessor = {
    own: await sign('assessor', ORGS.ezk.oin, 'judge'),
    other: await sign('assessor', ORGS.noordHolland.oin, 'stranger'),
  };
  tokens.officer = {
    own: await sign('officer', ORGS.ezk.oin),
    other: await sign('officer', ORGS.noordHolland.oin),
  };
  tokens.programme = {
    own: await sign('programme', ORGS.ezk.oin),
    other: await sign('programme', ORGS.ipo.oin),
  };
  tokens.administrator = {
    own: await sign('administrator', ORGS.zuidHolland.oin, 'zh-admin'),
    other: await sign('administrator', ORGS.noordHolland.oin, 'nh-admin'),
  };

  // Four companies bid on phase 1 and were scored by the committee (assessor "judge" of EZK).
  const phase = await evaluatedPhase(api, {
    companies: 5,
    requestedCents: 5_000_000,
    phase1BudgetCents: 40_000_000,
    kvkBase: Number(KVK.own),
  });
  world.closed = phase.challengeId;
  world.closedProposals = phase.proposals.map((p) => p.id);
  const decided = await ok(
    api.call('POST', `/challenges/${world.closed}/phases/1/awards`, {
      token: tokens.buyer.own,
      body: {
        decisionId: randomUUID(),
        awards: [0, 2, 3].map((i) => ({
          proposalId: world.closedProposals[i],
          startDate: '2027-02-01',
          endDate: '2027-07-31',
        })),
        reasons: 'De hoogst gerangschikte voorstellen passen samen binnen het budget van de fase.',
        // Rank 2 is passed over, with its own reason (a later decision awards it nothing either).
        passedOver: [
          { proposalId: world.closedProposals[1], reason: 'Het plan van aanpak mist een haalbare planning.' },
        ],
      },
    }),
    201,
  );
  const [own, complete, terminate] = decided.awards.map((a: { id: string }) => a.id);
  world.awards = { own, complete, terminate };
  world.concluded = decided.decisionId;
  // Its standstill passes: the three contracts are concluded (then the clock goes back, so the
  // world stays in this programme year). A later decision is still in its own standstill.
  (await passStandstill(api, decided.awards[0].standstillEndsAt))();
  restoreClock = phase.restore;
  world.standstill = (
    await ok(
      api.call('POST', `/challenges/${world.closed}/phases/1/awards`, {
        token: tokens.buyer.own,
        body: {
          decisionId: randomUUID(),
          awards: [{ proposalId: world.closedProposals[4], startDate: '2027-03-01', endDate: '2027-08-31' }],
          reasons: 'De hoogst gerangschikte voorstellen passen samen binnen het budget van de fase.',
          passedOver: [
            {
              proposalId: world.closedProposals[1],
              reason: 'Het plan van aanpak mist een haalbare planning.',
            },
          ],
        },
      }),
      201,
    )
  ).decisionId;
  world.open = await published();
  world.openProposal = await proposalOfOwnCompany(world.open);
  await api.runtime.settle();
}, 180_000);
afterAll(async () => {
  restoreClock?.();
  await api?.runtime.stop();
});

const FIXTURES: Record<string, Fixture> = {
  health: { request: () => ({ path: '/health' }) },
  openapi: { request: () => ({ path: '/openapi.json' }) },
  putEnvelope: {
    request: () => ({
      path: `/programme-years/${THIS_YEAR + 2}/envelopes/${ORGS.zuidHolland.oin}`,
      body: { caps: [{ instrument: 'sbir', capCents: 100_000_000 }] },
    }),
  },
  listEnvelopes: { request: () => ({ path: `/programme-years/${THIS_YEAR}/envelopes` }) },
  listGovernmentOrganisations: { request: () => ({ path: '/government-organisations' }) },
  putGovernmentOrganisation: {
    request: () => ({
      path: `/government-organisations/${ORGS.utrecht.oin}`,
      body: { name: ORGS.utrecht.name, kind: 'province' },
    }),
  },
  createChallenge: { request: () => ({ path: '/challenges', body: body() }) },
  updateChallenge: {
    request: async () => ({
      path: `/challenges/${await draft()}`,
      body: { title: { nl: 'SBIR Nieuwe titel' } },
    }),
  },
  publishChallenge: {
    request: async () => {
      const id = await draft();
      await consentOfEveryCoFunder(api, id);
      return { path: `/challenges/${id}/publish` };
    },
  },
  publicationCheck: { request: async () => ({ path: `/challenges/${await draft()}/publication-check` }) },
  cancelChallenge: {
    request: async () => ({
      path: `/challenges/${await published()}/cancel`,
      body: { reason: 'Geen budget meer.' },
    }),
  },
  // Phase 2 is still ahead: the owner may complete it later, the other buyer never.
  completeChallenge: {
    request: () => ({ path: `/challenges/${world.closed}/complete` }),
    ownStatus: { buyer: 409 },
  },
  listChallenges: { request: () => ({ path: '/challenges' }) },
  correctChallenge: {
    request: async () => {
      const id = await published();
      const current = await ok(api.call('GET', `/challenges/${id}`));
      const later = new Date(Date.parse(current.phases[0].submissionDeadline) + 7 * 86_400_000).toISOString();
      return {
        path: `/challenges/${id}/corrections`,
        body: {
          reason: 'Een week extra voor iedereen.',
          deadlines: [{ phase: 1, submissionDeadline: later }],
        },
      };
    },
  },
  // A draft is its buyer's only; everyone else reads a published challenge.
  myChallenges: { request: () => ({ path: '/me/challenges' }) },
  challengeConsents: { request: () => ({ path: `/challenges/${world.closed}/consents` }) },
  myConsentRequests: { request: () => ({ path: '/me/consent-requests' }) },
  decideConsent: {
    // EZK's consent to its half of a fresh draft of Zuid-Holland.
    request: async () => ({
      path: `/challenges/${await draft()}/consents/${ORGS.ezk.oin}`,
      body: { decision: 'approve' },
    }),
    // Zuid-Holland leads the draft but cannot approve EZK's share for it.
    ownStatus: { buyer: 404 },
  },
  getChallenge: {
    request: async (role) => ({ path: `/challenges/${role === 'buyer' ? await draft() : world.open}` }),
  },
  putCompanyProfile: {
    request: () => ({
      path: '/organisations/me',
      body: { name: 'Eigen Bedrijf B.V.', staff: 5, turnoverCents: 10_000_000, balanceSheetCents: 5_000_000 },
    }),
  },
  getCompanyProfile: { request: () => ({ path: '/organisations/me' }) },
  submitProposal: {
    request: async () => ({
      path: `/challenges/${await published()}/phases/1/proposals`,
      body: proposalBody,
    }),
  },
  getProposal: { request: () => ({ path: `/proposals/${world.closedProposals[0]}` }) },
  reviseProposal: {
    request: () => ({ path: `/proposals/${world.openProposal}`, body: { durationMonths: 5 } }),
  },
  withdrawProposal: {
    request: async () => ({ path: `/proposals/${await proposalOfOwnCompany(await published())}` }),
  },
  myProposals: { request: () => ({ path: '/me/proposals' }) },
  askQuestion: {
    request: () => ({
      path: `/challenges/${world.open}/questions`,
      body: { question: 'Mogen wij samenwerken met een kennisinstelling?' },
    }),
  },
  answerQuestion: {
    request: async () => {
      const asked = await ok(
        api.call('POST', `/challenges/${world.open}/questions`, {
          token: tokens.sme.own,
          body: { question: 'Is een consortium toegestaan als inschrijver?' },
        }),
        201,
      );
      return { path: `/questions/${asked.id}/answer`, body: { answer: 'Ja, met één penvoerder.' } };
    },
  },
  listQuestions: { request: () => ({ path: `/challenges/${world.open}/questions` }) },
  // Phase 1 of the closed call had no questions: its buyer is told there is nothing to publish.
  publishNota: {
    request: () => ({ path: `/challenges/${world.closed}/phases/1/notas`, body: {} }),
    ownStatus: { buyer: 409 },
  },
  listNotas: { request: () => ({ path: `/challenges/${world.open}/notas` }) },
  // The closed call is an SBIR call: its buyer is told it has no selection stage; others learn nothing.
  recordSelection: {
    request: () => ({
      path: `/challenges/${world.closed}/phases/1/selection`,
      body: {
        candidates: [
          {
            proposalId: world.closedProposals[0],
            suitable: true,
            invited: true,
            reasons: 'Geschikt bevonden.',
          },
        ],
      },
    }),
    ownStatus: { buyer: 409 },
  },
  getSelection: {
    request: () => ({ path: `/challenges/${world.closed}/phases/1/selection` }),
    ownStatus: { buyer: 409 },
  },
  nameCommittee: {
    request: async () => ({
      path: `/challenges/${await published()}/phases/1/committee`,
      body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'judge' }] },
    }),
  },
  listPhaseProposals: { request: () => ({ path: `/challenges/${world.closed}/phases/1/proposals` }) },
  myCommittees: { request: () => ({ path: '/me/committees' }) },
  phaseEvaluation: { request: () => ({ path: `/challenges/${world.closed}/phases/1/evaluation` }) },
  // The judge declared on every proposal already: declarations are final (409), strangers are refused.
  declareConflicts: {
    request: () => ({
      path: `/challenges/${world.closed}/phases/1/conflict-declarations`,
      body: { declarations: [{ proposalId: world.closedProposals[0], conflictOfInterest: false }] },
    }),
    ownStatus: { assessor: 409 },
  },
  scoreProposal: {
    request: () => ({
      path: `/proposals/${world.closedProposals[1]}/scores`,
      body: {
        scores: ['impact', 'technical-feasibility', 'economic-prospects'].map((criterion) => ({
          criterion,
          score: 7,
        })),
        motivation: 'Herzien na het gesprek met de commissie.',
      },
    }),
    // Phase 1 of this world has an award decision: its evaluation is frozen (issue #14).
    ownStatus: { assessor: 409 },
  },
  myScores: { request: () => ({ path: `/proposals/${world.closedProposals[0]}/scores/mine` }) },
  proposalFeedback: { request: () => ({ path: `/proposals/${world.closedProposals[0]}/feedback` }) },
  phaseStatistics: { request: () => ({ path: `/challenges/${world.closed}/phases/1/statistics` }) },
  phaseRanking: { request: () => ({ path: `/challenges/${world.closed}/phases/1/ranking` }) },
  rankingVersion: { request: () => ({ path: `/challenges/${world.closed}/phases/1/ranking/versions/1` }) },
  // Phase 1 of this world has an award decision: nothing can be excluded or taken back any more.
  excludeProposal: {
    request: () => ({
      path: `/challenges/${world.closed}/phases/1/exclusions`,
      body: {
        proposalId: world.closedProposals[4],
        ground: 'incomplete',
        motivation: 'Het verplichte projectplan ontbreekt in de inschrijving.',
      },
    }),
    ownStatus: { buyer: 409 },
  },
  reinstateProposal: {
    request: () => ({ path: `/challenges/${world.closed}/phases/1/exclusions/${world.closedProposals[4]}` }),
    ownStatus: { buyer: 409 },
  },
  // Its decisions stand and no complaint was upheld: the evaluation stays final.
  reopenEvaluation: {
    request: () => ({
      path: `/challenges/${world.closed}/phases/1/evaluation/reopen`,
      body: { reason: 'De klacht over de beoordeling is gegrond verklaard.' },
    }),
    ownStatus: { buyer: 409 },
  },
  decideAwards: {
    request: () => ({
      path: `/challenges/${world.closed}/phases/1/awards`,
      body: {
        decisionId: randomUUID(),
        awards: [{ proposalId: world.closedProposals[1], startDate: '2027-02-01', endDate: '2027-07-31' }],
      },
    }),
  },
  getAward: { request: () => ({ path: `/awards/${world.awards.own}` }) },
  challengeAwards: { request: () => ({ path: `/challenges/${world.closed}/awards` }) },
  completeAward: { request: () => ({ path: `/awards/${world.awards.complete}/complete`, body: {} }) },
  terminateAward: {
    request: () => ({
      path: `/awards/${world.awards.terminate}/terminate`,
      body: { reason: 'Doelen niet gehaald.' },
    }),
  },
  challengeDecisions: { request: () => ({ path: `/challenges/${world.closed}/decisions` }) },
  // The own company's letter of the decision that awarded it (a bidder reads only its own; the later
  // decision, which awarded another, writes it none).
  decisionLetter: {
    request: () => ({
      path: `/proposals/${world.closedProposals[0]}/decision-letters/${world.concluded}`,
    }),
  },
  myDecisionLetters: { request: () => ({ path: '/me/decision-letters' }) },
  lodgeObjection: {
    request: () => ({
      path: `/proposals/${world.closedProposals[0]}/objections`,
      body: { decisionId: world.standstill, grounds: 'Wij menen dat de rangorde niet klopt.' },
    }),
  },
  answerObjection: {
    request: async () => {
      const lodged = await ok(
        api.call('POST', `/proposals/${world.closedProposals[0]}/objections`, {
          token: tokens.sme.own,
          body: { decisionId: world.standstill, grounds: 'Onze score op impact is te laag.' },
        }),
        201,
      );
      return {
        path: `/challenges/${world.closed}/objections/${lodged.objectionId}/answer`,
        body: { outcome: 'rejected', reasons: 'De score is goed gemotiveerd door de commissie.' },
      };
    },
  },
  withdrawDecision: {
    request: () => ({
      path: `/challenges/${world.closed}/decisions/${world.standstill}/withdraw`,
      body: { reason: 'Wij nemen de beslissing terug om haar te herzien.' },
    }),
  },
  myInvitations: { request: () => ({ path: '/me/invitations' }) },
  // The contract still runs: its company may report once it completes (409), nobody else ever.
  reportFollowUp: {
    request: () => ({
      path: `/awards/${world.awards.own}/follow-ups`,
      body: {
        round: 1,
        followOnRevenueCents: 0,
        jobsCreated: 0,
        followOnInvestmentCents: 0,
        marketLaunch: false,
        launchingCustomer: false,
      },
    }),
    ownStatus: { sme: 409 },
  },
  myFollowUps: { request: () => ({ path: '/me/follow-ups' }) },
  // After the award: the own company's running contract, in the route table's order (schedule,
  // deliverable, review, payment), each step once.
  getContract: { request: () => ({ path: `/awards/${world.awards.own}/contract` }) },
  myContracts: { request: () => ({ path: '/me/contracts' }) },
  setSchedule: {
    request: () => ({
      path: `/awards/${world.awards.own}/contract/schedule`,
      body: {
        milestones: [
          { deliverable: { nl: 'Tussenrapport' }, dueDate: '2027-04-01', amountCents: 2_000_000 },
          { deliverable: { nl: 'Eindrapport' }, dueDate: '2027-07-31', amountCents: 3_000_000 },
        ],
      },
    }),
  },
  // A document for the deliverable (kept: the submission below takes it along), one taken out again.
  requestDeliverableUpload: {
    request: () => ({
      path: `/awards/${world.awards.own}/milestones/1/uploads`,
      body: { fileName: 'tussenrapport.pdf', sizeBytes: 100 },
    }),
  },
  completeDeliverableUpload: {
    request: async () => ({
      path: `/awards/${world.awards.own}/milestones/1/uploads/${await sentDeliverableDocument()}/complete`,
      body: {},
    }),
  },
  removeDeliverableFile: {
    request: async () => ({
      path: `/awards/${world.awards.own}/milestones/1/files/${await deliverableDocument()}`,
    }),
  },
  submitDeliverable: {
    request: () => ({
      path: `/awards/${world.awards.own}/milestones/1/deliverable`,
      body: { summary: 'Het tussenrapport, zoals afgesproken.' },
    }),
  },
  // Submitted: its document opens for the company, the buyer and the committee's judge.
  openDeliverableFile: {
    request: async () => {
      const contract = await ok(
        api.call('GET', `/awards/${world.awards.own}/contract`, { token: tokens.sme.own }),
      );
      const fileId = contract.milestones[0].submissions.at(-1).files[0].id;
      return { path: `/awards/${world.awards.own}/milestones/1/files/${fileId}/openings` };
    },
  },
  reviewDeliverable: {
    request: () => ({
      path: `/awards/${world.awards.own}/milestones/1/review`,
      body: { outcome: 'accepted' },
    }),
  },
  submitInvoice: {
    request: () => ({
      path: `/awards/${world.awards.own}/milestones/1/invoice`,
      body: {
        draft: {
          invoiceNumber: 'MATRIX-1',
          issueDate: amsterdamDate(clock.nowIso()),
          iban: 'NL91ABNA0417164300',
          vatNumber: 'NL123456782B01',
          supplierAddress: { street: 'Havenstraat 1', postcode: '3011 AA', city: 'Rotterdam' },
          buyerAddress: { street: 'Zuid-Hollandplein 1', postcode: '2596 AW', city: 'Den Haag' },
        },
      },
    }),
  },
  getInvoice: { request: () => ({ path: `/awards/${world.awards.own}/milestones/1/invoice` }) },
  recordPayment: {
    request: () => ({
      path: `/awards/${world.awards.own}/milestones/1/payment`,
      body: { paidOn: amsterdamDate(clock.nowIso()), reference: 'MATRIX-1' },
    }),
  },
  // Each officer reads the statement as it concerns its own organisation (EZK's, as the co-funder).
  settlementStatement: {
    request: () => ({ path: `/funders/${ORGS.ezk.oin}/settlements/${periodOf(clock.nowIso())}` }),
  },
  // Only a lead buyer that paid records a settlement, after the quarter: both officers here are told
  // there is nothing to settle (contracts.test.ts settles one).
  recordSettlement: {
    request: () => ({
      path: `/funders/${ORGS.ezk.oin}/settlements/${periodOf(clock.nowIso())}/settle`,
      body: { receivedOn: amsterdamDate(clock.nowIso()), reference: 'MATRIX', amountCents: 1 },
    }),
    ownStatus: { officer: 422 },
  },
  registerAddress: { request: () => ({ path: '/me/address' }) },
  inviteMember: {
    request: () => ({
      path: `/organisations/${ORGS.zuidHolland.oin}/invitations`,
      body: { email: `${randomUUID()}@matrix.example`, name: 'Nieuwe Beheerder', role: 'administrator' },
    }),
  },
  listMembers: { request: () => ({ path: `/organisations/${ORGS.zuidHolland.oin}/members` }) },
  changeMemberRole: {
    request: async () => ({
      path: `/organisations/${ORGS.zuidHolland.oin}/members/${await member()}/role`,
      body: { role: 'officer' },
    }),
  },
  revokeMember: {
    request: async () => ({ path: `/organisations/${ORGS.zuidHolland.oin}/members/${await member()}` }),
  },
  inviteExpert: {
    request: () => ({
      path: `/challenges/${world.open}/phases/1/experts`,
      body: { email: `${randomUUID()}@matrix.example`, name: 'Een Deskundige', organisationName: 'TU Delft' },
    }),
  },
  assessorCandidates: { request: () => ({ path: '/me/assessors' }) },
  // Public: the link's code is the key, whoever opens it.
  readInvitation: {
    request: async () => {
      const { id, code } = await invitation();
      return { path: `/invitations/${id}?code=${code}` };
    },
  },
  acceptInvitation: {
    freshPerSide: true,
    request: async () => {
      const { id, code } = await invitation();
      return { path: `/invitations/${id}/accept`, body: { code, password: 'Matrix-wachtwoord 2026!' } };
    },
  },
  getPreferences: { request: () => ({ path: '/me/preferences' }) },
  putPreferences: {
    request: () => ({
      path: '/me/preferences',
      body: { email: 'iemand@voorbeeld.nl', language: 'en', off: [] },
    }),
  },
  mySavedSearches: { request: () => ({ path: '/me/saved-searches' }) },
  saveSearch: {
    request: () => ({
      path: '/me/saved-searches',
      body: { name: 'Energie', themes: ['energietransitie-duurzaamheid'] },
    }),
  },
  removeSearch: { request: () => ({ path: `/me/saved-searches/${randomUUID()}` }), ownStatus: { sme: 404 } },
  // Public: the link's key is the credential, whoever posts it (a mail client has no token).
  unsubscribe: {
    request: async () => {
      const withAddress = await api.as('sme', KVK.own, `sme-${KVK.own}`, 'inschrijving@matrix.example');
      await ok(api.call('POST', '/me/address', { token: withAddress }), 200);
      const subscriber = (await subscriberOf(KVK.own, `sme-${KVK.own}`))!;
      return {
        path: '/unsubscribe',
        body: { org: KVK.own, sub: subscriber.sub, kind: 'new-call', key: subscriber.unsubscribeKey },
      };
    },
  },
  coFundingReport: { request: () => ({ path: `/reports/co-funding?year=${THIS_YEAR}` }) },
  awardsReport: { request: () => ({ path: `/reports/awards?year=${THIS_YEAR}` }) },
  pipelineReport: { request: () => ({ path: `/reports/pipeline?year=${THIS_YEAR}` }) },
  paymentsReport: { request: () => ({ path: `/reports/payments?year=${THIS_YEAR}` }) },
  ocdsReport: { request: () => ({ path: `/reports/ocds?year=${THIS_YEAR}` }) },
  followUpReport: { request: () => ({ path: `/reports/follow-up?year=${THIS_YEAR}` }) },
  challengeAuditTrail: { request: () => ({ path: `/challenges/${world.closed}/audit-trail` }) },
  requestAttachmentUpload: {
    request: () => ({
      path: `/proposals/${world.openProposal}/uploads`,
      body: { fileName: 'plan.pdf', sizeBytes: 100 },
    }),
  },
  completeAttachmentUpload: {
    request: async () => {
      const uploadId = await sentAttachment();
      return { path: `/proposals/${world.openProposal}/uploads/${uploadId}/complete`, body: {} };
    },
  },
  removeAttachment: {
    request: async () => ({ path: `/proposals/${world.openProposal}/attachments/${await attachment()}` }),
  },
  // The phase is open: the own company opens its file; the buyer is told it is sealed, and the
  // judge is on no committee of this call.
  openAttachment: {
    request: async () => ({
      path: `/proposals/${world.openProposal}/attachments/${await attachment()}/openings`,
    }),
    ownStatus: { buyer: 403, assessor: 404 },
  },
  requestCallDocumentUpload: {
    request: () => ({
      path: `/challenges/${world.open}/uploads`,
      body: { title: 'Modelovereenkomst', kind: 'model-contract', fileName: 'model.pdf', sizeBytes: 100 },
    }),
  },
  completeCallDocumentUpload: {
    request: async () => {
      const id = await draft();
      return { path: `/challenges/${id}/uploads/${await sentCallDocument(id)}/complete`, body: {} };
    },
  },
  removeCallDocument: {
    request: async () => {
      const id = await draft();
      return { path: `/challenges/${id}/documents/${await callDocument(id)}` };
    },
  },
  // A draft's documents are its buyer's; a published call's are everyone's.
  listCallDocuments: {
    request: async (role) => ({
      path: `/challenges/${role === 'buyer' ? await draft() : world.open}/documents`,
    }),
  },
  callDocumentDownload: {
    request: async (role) => {
      const id = role === 'buyer' ? await draft() : await publishedWithDocument();
      return {
        path: `/challenges/${id}/documents/${role === 'buyer' ? await callDocument(id) : world.document}/download`,
      };
    },
  },
};

/** A fresh invitation to Zuid-Holland (by the programme office): its id and the code from its e-mail. */
async function invitation(): Promise<{ id: string; code: string }> {
  const email = `${randomUUID()}@matrix.example`;
  const sent = await ok(
    api.call('POST', `/organisations/${ORGS.zuidHolland.oin}/invitations`, {
      token: tokens.programme.own,
      body: { email, name: 'Uitgenodigde', role: 'administrator' },
    }),
    201,
  );
  return { id: sent.id, code: new URL(sent.link).searchParams.get('code')! };
}
/** A new member of Zuid-Holland (an accepted invitation): their subject. */
async function member(): Promise<string> {
  const { id, code } = await invitation();
  const joined = await ok(
    api.call('POST', `/invitations/${id}/accept`, { body: { code, password: 'Matrix-wachtwoord 2026!' } }),
    201,
  );
  return joined.sub;
}
/** A PDF sent to a new upload of the own company's open proposal: the upload's id. */
async function sentAttachment(): Promise<string> {
  const bytes = sampleFiles.pdf();
  const ticket = await ok(
    api.call('POST', `/proposals/${world.openProposal}/uploads`, {
      token: tokens.sme.own,
      body: { fileName: 'plan.pdf', sizeBytes: bytes.byteLength },
    }),
    201,
  );
  expect((await putTo(ticket, bytes)).status).toBe(200);
  return ticket.uploadId;
}
/** A PDF sent to a new upload for the own company's contract's first milestone: the upload's id. */
async function sentDeliverableDocument(): Promise<string> {
  const bytes = sampleFiles.pdf('Tussenrapport');
  const ticket = await ok(
    api.call('POST', `/awards/${world.awards.own}/milestones/1/uploads`, {
      token: tokens.sme.own,
      body: { fileName: 'tussenrapport.pdf', sizeBytes: bytes.byteLength },
    }),
    201,
  );
  expect((await putTo(ticket, bytes)).status).toBe(200);
  return ticket.uploadId;
}
/** A document added to that milestone: its id. */
async function deliverableDocument(): Promise<string> {
  const uploadId = await sentDeliverableDocument();
  const contract = await ok(
    api.call('POST', `/awards/${world.awards.own}/milestones/1/uploads/${uploadId}/complete`, {
      token: tokens.sme.own,
      body: {},
    }),
  );
  return contract.milestones[0].files.at(-1).id;
}
/** A file attached to the own company's open proposal: its id. */
async function attachment(): Promise<string> {
  const uploadId = await sentAttachment();
  const proposal = await ok(
    api.call('POST', `/proposals/${world.openProposal}/uploads/${uploadId}/complete`, {
      token: tokens.sme.own,
      body: {},
    }),
  );
  return proposal.attachments.at(-1).id;
}
async function sentCallDocument(challengeId: string): Promise<string> {
  const bytes = sampleFiles.pdf('Uitvraag');
  const ticket = await ok(
    api.call('POST', `/challenges/${challengeId}/uploads`, {
      token: tokens.buyer.own,
      body: {
        title: 'Uitvraag',
        kind: 'challenge-description',
        fileName: 'uitvraag.pdf',
        sizeBytes: bytes.byteLength,
      },
    }),
    201,
  );
  expect((await putTo(ticket, bytes)).status).toBe(200);
  return ticket.uploadId;
}
/** A document attached to a draft of the own buyer: its id. */
async function callDocument(challengeId: string): Promise<string> {
  const uploadId = await sentCallDocument(challengeId);
  const done = await ok(
    api.call('POST', `/challenges/${challengeId}/uploads/${uploadId}/complete`, {
      token: tokens.buyer.own,
      body: {},
    }),
  );
  return done.id;
}
/** A published call with one document (made once). */
async function publishedWithDocument(): Promise<string> {
  if (!world.withDocument) {
    const id = await draft();
    world.document = await callDocument(id);
    await consentOfEveryCoFunder(api, id);
    await ok(api.call('POST', `/challenges/${id}/publish`, { token: tokens.buyer.own }));
    world.withDocument = id;
  }
  return world.withDocument;
}

/** The rule of a route for one role, or why the matrix cannot test it. */
function planFor(route: AnyRoute, fixtures: Record<string, Fixture>): { error?: string } {
  if (!route.tenancy) return { error: `${routeKey(route)} states no tenancy rule` };
  if (!fixtures[route.operationId]) return { error: `${routeKey(route)} has no request in the matrix` };
  return {};
}
const ruleOf = (route: AnyRoute, role: Role): TenancyRule =>
  typeof route.tenancy === 'string' ? route.tenancy : (route.tenancy[role] ?? 'any');
const admits = (route: AnyRoute, caller: Caller) =>
  route.access === 'public' || (caller !== 'anonymous' && route.access.includes(caller));

describe('the authorization matrix', () => {
  it('has a rule and a request for every route — and a route without one fails', () => {
    expect(routeTable.map((r) => planFor(r, FIXTURES).error).filter(Boolean)).toEqual([]);
    const unruled = { ...routeTable[0]!, operationId: 'newRoute', path: '/new' } as Partial<AnyRoute>;
    delete unruled.tenancy;
    expect(planFor(unruled as AnyRoute, FIXTURES).error).toBe('GET /new states no tenancy rule');
    const ruled = { ...routeTable[0]!, operationId: 'newRoute', path: '/new' } as AnyRoute;
    expect(planFor(ruled, FIXTURES).error).toBe('GET /new has no request in the matrix');
  });

  it.each(routeTable.map((r) => [routeKey(r), r] as const))('%s', async (_name, route) => {
    const fixture = FIXTURES[route.operationId]!;
    // A refusal comes before any work and writes nothing (checked below), so every refused
    // caller can use the same request: its resource is built once, not once per caller.
    let refusedRequest: Promise<Request> | undefined;
    for (const caller of [...ROLES, 'anonymous'] as const) {
      if (!admits(route, caller)) {
        // Not this role's route at all: refused before any work, whichever organisation asks.
        refusedRequest ??= Promise.resolve(fixture.request(caller));
        const { path, body } = await refusedRequest;
        const sides: (string | undefined)[] =
          caller === 'anonymous' ? [undefined] : [tokens[caller].own, tokens[caller].other];
        const changes = await changesDuring(api.runtime, async () => {
          for (const token of sides) {
            const refused = await api.call(route.method, path, { token, body });
            expect(refused.status, `${caller} on ${routeKey(route)}`).toBe(token ? 403 : 401);
          }
        });
        expect(changes, `${caller} on ${routeKey(route)} wrote`).toBe(0);
        continue;
      }
      if (caller === 'anonymous') {
        const { path, body } = await fixture.request('anonymous');
        expect((await api.call(route.method, path, { body })).status, `anonymous on ${routeKey(route)}`).toBe(
          route.successStatus,
        );
        continue;
      }
      const rule = ruleOf(route, caller);
      const { path, body } = await fixture.request(caller);
      const success = fixture.ownStatus?.[caller] ?? route.successStatus;
      if (rule === 'any' || rule === 'caller') {
        // Each organisation gets its own answer (for `caller`: about itself, never the other).
        const otherRequest = fixture.freshPerSide ? await fixture.request(caller) : { path, body };
        const other = await api.call(route.method, otherRequest.path, {
          token: tokens[caller].other,
          body: otherRequest.body,
        });
        expect(other.status, `other ${caller} on ${routeKey(route)}: ${JSON.stringify(other.body)}`).toBe(
          success,
        );
        if (rule === 'caller' && caller === 'sme') expect(JSON.stringify(other.body)).not.toContain(KVK.own);
        const own = await api.call(route.method, path, { token: tokens[caller].own, body });
        expect(own.status, `own ${caller} on ${routeKey(route)}: ${JSON.stringify(own.body)}`).toBe(success);
        continue;
      }
      // Someone else's resource: as if it did not exist (404) or plainly refused (403); nothing written.
      const changes = await changesDuring(api.runtime, async () => {
        const other = await api.call(route.method, path, { token: tokens[caller].other, body });
        expect(
          [403, 404],
          `other ${caller} on ${routeKey(route)} (${rule}): ${JSON.stringify(other.body)}`,
        ).toContain(other.status);
        expect(other.headers.get('content-type')).toBe('application/problem+json');
      });
      expect(changes, `other ${caller} on ${routeKey(route)} (${rule}) wrote`).toBe(0);
      const own = await api.call(route.method, path, { token: tokens[caller].own, body });
      expect(own.status, `own ${caller} on ${routeKey(route)} (${rule}): ${JSON.stringify(own.body)}`).toBe(
        success,
      );
    }
  });
});

describe('what the matrix cannot show with one request', () => {
  it('counts a write as a change (so "wrote nothing" above means something)', async () => {
    const wrote = await changesDuring(api.runtime, async () => {
      await ok(api.call('POST', '/challenges', { token: tokens.buyer.own, body: body() }), 201);
    });
    expect(wrote).toBeGreaterThan(0);
  });

  it('a buyer cannot read its own proposals while they are sealed', async () => {
    const sealed = await api.call('GET', `/proposals/${world.openProposal}`, { token: tokens.buyer.own });
    expect(sealed.status).toBe(403);
    expect(sealed.body.type).toMatch(/sealed$/);
  });

  it('an assessor named to the committee reads nothing before declaring', async () => {
    const id = await published();
    await ok(
      api.call('PUT', `/challenges/${id}/phases/1/committee`, {
        token: tokens.buyer.own,
        body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'judge' }] },
      }),
    );
    const proposal = await proposalOfOwnCompany(id);
    const afterDeadline = new Date(future(101));
    const restore = setClock(() => afterDeadline);
    try {
      const before = await api.call('GET', `/proposals/${proposal}`, { token: tokens.assessor.own });
      expect(before.status).toBe(403);
      expect(before.body.type).toMatch(/declare-first$/);
    } finally {
      restore();
    }
  });
});
