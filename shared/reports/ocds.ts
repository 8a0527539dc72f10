import type { Award, AwardDecision } from '#shared/awards/schemas.ts';
import { type Challenge, type Publication, phaseState } from '#shared/challenges/model.ts';
import { defaultSchedule } from '#shared/contracts/schedule.ts';
import type { Milestone } from '#shared/contracts/schemas.ts';
import type { ContractRecord } from '#shared/contracts/use-cases.ts';
import type { LedgerEntry } from '#shared/funding/model.ts';
import { excludingVat, splitCents } from '#shared/funding/split.ts';
import { companyIdCountry, companyIdScheme } from '#shared/kernel/company-id.ts';
import { CRITERIA, RD_CPV_CODES } from '#shared/kernel/vocabulary.ts';
import { parseDeadline, toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import { config } from '#shared/platform/config.ts';
import { PROCEDURES } from './procedures.ts';
import type { ProposalRow } from './projection.ts';
import type { YearData } from './year-index.ts';

/**
 * Open data as OCDS 1.1 (Open Contracting Data Standard): a release package per programme year,
 * one release per published challenge (its latest state), with the Budget Breakdown extension
 * for each funder's share. Validated in the tests against the official 1.1.5 schemas.
 */
/**
 * The Budget Breakdown extension, pinned: it has no version tags (the extension registry lists only
 * `master`), so the URL names the commit whose release-schema.json is the copy we validate against
 * (../shared/reference/ocds-1.1.5/budget-breakdown-extension-release-schema.json, 8 May 2018).
 */
export const BUDGET_BREAKDOWN_EXTENSION =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_budget_breakdown_extension/d74b733d4a595ba6c670b9e7b56ed3d32adccf25/extension.json';
/** Lots (one per phase, so each phase has its own budget and status) and bid statistics per phase, at their v1.1.5 tags. */
export const LOTS_EXTENSION =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json';
export const BIDS_EXTENSION =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json';
/** A phase as an OCDS lot. */
const lotId = (phase: number) => `phase-${phase}`;
const CC0 = 'https://creativecommons.org/publicdomain/zero/1.0/';

/** One contracting process per challenge: `ocds-` + 6-character prefix + the challenge id. */
export const ocid = (challengeId: string) => `${config.ocidPrefix()}-${challengeId}`;

const euros = (cents: number) => ({ amount: cents / 100, currency: 'EUR' });
/**
 * Amounts go out net of VAT, as TenderNed and the EU forms publish them (EU thresholds are net);
 * the gross amount the government pays is named in the description beside it.
 */
const EURO_NL = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const eurosText = (cents: number) => EURO_NL.format(cents / 100).replace(/\s/g, ' ');
const grossNote = (grossCents: number) => `Bedrag incl. btw ${eurosText(grossCents)}; waarde excl. btw.`;
const governmentId = (oin: string) => `NL-OIN-${oin}`;
/**
 * A company's OCDS identifier, by the scheme of its id (org-id.guide lists): a KvK number is
 * NL-KVK; a VAT number XI-VAT; an EUID names its national register — for Germany the
 * Handelsregister (DE-CR: court and number); for other states org-id.guide has no list keyed by
 * EUID, so the EUID goes out as the identifier without a scheme rather than under a made-up one.
 */
export function companyIdentifier(id: string): { partyId: string; scheme?: string; localId: string } {
  const scheme = companyIdScheme(id);
  if (scheme === 'kvk') return { partyId: `NL-KVK-${id}`, scheme: 'NL-KVK', localId: id };
  if (scheme === 'vat') return { partyId: `XI-VAT-${id}`, scheme: 'XI-VAT', localId: id };
  if (id.startsWith('DE')) return { partyId: `DE-CR-${id.slice(2)}`, scheme: 'DE-CR', localId: id.slice(2) };
  return { partyId: `EUID-${id}`, localId: id };
}
const dayStart = (date: string) => toAmsterdamIso(parseDeadline(`${date}T00:00`)!);
const dayEnd = (date: string) => toAmsterdamIso(parseDeadline(`${date}T23:59:59`)!);
/** A call document's kind in OCDS's documentType codelist. */
const DOCUMENT_TYPE: Record<string, string> = {
  'challenge-description': 'technicalSpecifications',
  'model-contract': 'contractDraft',
  'ip-terms': 'contractAnnexe',
  other: 'biddingDocuments',
};

/** The call's documents, each at its public page on the site (which hands out the file); never a proposal's. */
function tenderDocuments(challenge: Challenge & Publication) {
  const site = config.publicSiteUrl();
  return (challenge.documents ?? []).map((d) => ({
    id: d.id,
    documentType: DOCUMENT_TYPE[d.kind] ?? 'biddingDocuments',
    title: d.title,
    description: `${d.fileName}, ${d.sizeBytes} bytes, SHA-256 ${d.sha256}${d.replacedBy ? `; vervangen door ${d.replacedBy}` : ''}${d.correction ? `; toegevoegd bij rectificatie ${d.correction}` : ''}`,
    url: `${site}/oproepen/${challenge.id}/documenten/${d.id}`,
    datePublished: toAmsterdamIso(
      challenge.corrections?.find((c) => c.number === d.correction)?.at ?? challenge.publishedAt!,
    ),
    format: d.contentType,
    language: 'nl',
  }));
}

const PHASE_TITLE: Record<number, string> = {
  1: 'Fase 1 – haalbaarheidsonderzoek',
  2: 'Fase 2 – onderzoek en ontwikkeling (prototype)',
  3: 'Fase 3 – commercialisering',
};

type Party = {
  id: string;
  name: string;
  identifier: { scheme?: string; id: string; legalName: string };
  roles: string[];
};

function release(
  challenge: Challenge & Publication,
  awards: readonly Award[],
  proposals: readonly ProposalRow[],
  now: string,
  decisions: readonly AwardDecision[] = [],
  after: { contracts: readonly ContractRecord[]; ledger: readonly LedgerEntry[] } = {
    contracts: [],
    ledger: [],
  },
) {
  // A phase a standing decision awarded to nobody is unsuccessful (OCDS tenderStatus).
  const unsuccessful = new Set(
    decisions.filter((d) => d.noAward && d.status !== 'withdrawn').map((d) => d.phase),
  );
  const decisionOf = new Map(decisions.map((d) => [d.decisionId, d]));
  const parties = new Map<string, Party>();
  const party = (id: string, scheme: string | undefined, localId: string, name: string, role: string) => {
    const existing = parties.get(id) ?? {
      id,
      name,
      identifier: { ...(scheme ? { scheme } : {}), id: localId, legalName: name },
      roles: [],
    };
    if (!existing.roles.includes(role)) existing.roles.push(role);
    parties.set(id, existing);
    return { id, name };
  };
  const companyParty = (id: string, name: string, role: string) => {
    const { partyId, scheme, localId } = companyIdentifier(id);
    return party(partyId, scheme, localId, name, role);
  };
  const buyer = party(
    governmentId(challenge.leadBuyer.oin),
    'NL-OIN',
    challenge.leadBuyer.oin,
    challenge.leadBuyer.name,
    'buyer',
  );
  party(buyer.id, 'NL-OIN', challenge.leadBuyer.oin, challenge.leadBuyer.name, 'procuringEntity');
  const share = new Map(challenge.fundingSplit?.map((s) => [s.funderOin, s.amountCents]));
  // Net of VAT: each phase's budget, their sum, and the funders' shares of it by the one split function.
  const netTotal = challenge.phases.reduce((sum, p) => sum + excludingVat(p.budgetCents), 0);
  const netShares = splitCents(
    netTotal,
    challenge.funders.map((f) => ({ key: f.oin, basisPoints: f.shareBasisPoints })),
  );
  const budgetBreakdown = challenge.funders.map((f) => ({
    id: f.oin,
    description: `Aandeel ${f.name} (${f.shareBasisPoints / 100}%), incl. btw ${eurosText(share.get(f.oin) ?? 0)}`,
    amount: euros(netShares.get(f.oin)!),
    sourceParty: party(governmentId(f.oin), 'NL-OIN', f.oin, f.name, 'funder'),
    period: {
      startDate: dayStart(`${challenge.programmeYear}-01-01`),
      endDate: dayEnd(`${challenge.programmeYear}-12-31`),
    },
  }));

  // Sealed until the deadline: only phases that have closed show who bid.
  const closed = new Set(
    challenge.phases.filter((p) => phaseState(challenge, p.number, now) === 'closed').map((p) => p.number),
  );
  const bids = proposals.filter((p) => !p.withdrawnAt && closed.has(p.phase));
  const tenderers = new Map<string, { id: string; name: string }>();
  for (const bid of bids)
    tenderers.set(
      bid.companyKvk,
      companyParty(bid.companyKvk, bid.companyName ?? bid.companyKvk, 'tenderer'),
    );

  const procedure = PROCEDURES[challenge.instrument];
  const first = challenge.phases[0]!;
  const total = challenge.phases.reduce((s, p) => s + p.budgetCents, 0);
  const tender = {
    id: challenge.id,
    title: challenge.title.nl,
    description: challenge.description.nl,
    status:
      challenge.status === 'cancelled'
        ? 'cancelled'
        : challenge.phases.every((p) => unsuccessful.has(p.number))
          ? 'unsuccessful'
          : challenge.status === 'completed'
            ? 'complete'
            : 'active',
    procuringEntity: buyer,
    items: challenge.cpvCodes.map((code, i) => ({
      id: String(i + 1),
      description: RD_CPV_CODES[code] ?? challenge.title.nl,
      classification: { scheme: 'CPV', id: code, description: RD_CPV_CODES[code] ?? '' },
    })),
    value: euros(netTotal),
    procurementMethod: procedure.ocdsProcurementMethod,
    procurementMethodDetails: `${procedure.name} — ${procedure.legalBasis}`,
    mainProcurementCategory: 'services',
    // SBIR's committee scores quality only (impact, feasibility, prospects); a partnership weighs price too.
    // An innovation partnership's selection stage, as the call announced it.
    ...(challenge.innovationPartnership?.selectionCriteria
      ? {
          eligibilityCriteria: `Selectiecriteria: ${challenge.innovationPartnership.selectionCriteria}${challenge.innovationPartnership.candidatesToInvite ? ` Aantal uit te nodigen kandidaten: ${challenge.innovationPartnership.candidatesToInvite}.` : ''}`,
        }
      : {}),
    awardCriteria: challenge.instrument === 'sbir' ? 'qualityOnly' : 'ratedCriteria',
    awardCriteriaDetails: challenge.phases
      .map(
        (p) =>
          `Fase ${p.number}: ${p.criteria.map((c) => `${CRITERIA[c.key].nl} ${c.weightBasisPoints / 100}%`).join(', ')}`,
      )
      .concat(challenge.priceFormula ? [challenge.priceFormula.nl] : [])
      .join('; '),
    tenderPeriod: {
      startDate: toAmsterdamIso(challenge.publishedAt!),
      endDate: toAmsterdamIso(first.submissionDeadline),
    },
    enquiryPeriod: {
      startDate: toAmsterdamIso(challenge.publishedAt!),
      endDate: toAmsterdamIso(challenge.questionDeadline),
    },
    ...((challenge.corrections?.length ?? 0) > 0
      ? {
          amendments: challenge.corrections!.map((c) => ({
            id: `${ocid(challenge.id)}-rectificatie-${c.number}`,
            date: toAmsterdamIso(c.at),
            rationale: c.reason,
            description: [
              ...c.deadlines.map(
                (d) => `Fase ${d.phase}: sluiting ${toAmsterdamIso(d.from)} → ${toAmsterdamIso(d.to)}`,
              ),
              ...(c.questionDeadline ? [`Vragen tot ${toAmsterdamIso(c.questionDeadline.to)}`] : []),
              ...(c.title || c.description ? ['Tekst verduidelijkt'] : []),
            ].join('; '),
          })),
        }
      : {}),
    ...((challenge.documents?.length ?? 0) > 0 ? { documents: tenderDocuments(challenge) } : {}),
    numberOfTenderers: tenderers.size,
    tenderers: [...tenderers.values()],
    // Each phase: when bidding closes, its budget and what a contract may cost.
    milestones: challenge.phases.map((p, i) => ({
      id: `phase-${p.number}`,
      title: PHASE_TITLE[p.number],
      // milestoneType codelist: a phase's closing is the buyer's engagement with bidders.
      type: 'engagement',
      code: 'submissionDeadline',
      description: `Inschrijving ${i === 0 ? `vanaf ${toAmsterdamIso(challenge.publishedAt!)}` : `na fase ${p.number - 1}`} tot ${toAmsterdamIso(p.submissionDeadline)}; budget € ${(p.budgetCents / 100).toFixed(2)}, maximaal € ${(p.maxPerContractCents / 100).toFixed(2)} per contract, ${p.plannedContracts} contract(en) verwacht.`,
      dueDate: toAmsterdamIso(p.submissionDeadline),
      status: closed.has(p.number) ? 'met' : 'scheduled',
    })),
    // Each phase a lot: its own budget and state; awards and bid statistics point at it.
    lots: challenge.phases.map((p) => ({
      id: lotId(p.number),
      title: PHASE_TITLE[p.number],
      description: `Budget incl. btw ${eurosText(p.budgetCents)}; maximaal ${eurosText(p.maxPerContractCents)} per contract incl. btw (${eurosText(p.maxPerContractExclVatCents)} excl. btw), ${p.plannedContracts} contract(en) verwacht, looptijd ${p.durationMonths} maanden.`,
      status:
        challenge.status === 'cancelled'
          ? 'cancelled'
          : unsuccessful.has(p.number)
            ? 'unsuccessful'
            : challenge.status === 'completed'
              ? 'complete'
              : phaseState(challenge, p.number, now) === 'planned'
                ? 'planned'
                : 'active',
      value: euros(excludingVat(p.budgetCents)),
    })),
  };
  // Per closed phase: how many bid, how many of them SMEs, how many from other EU states.
  const statistics = challenge.phases
    .filter((p) => closed.has(p.number))
    .flatMap((p) => {
      const ofPhase = bids.filter((b) => b.phase === p.number);
      return (
        [
          ['bids', ofPhase.length],
          ['smeBids', ofPhase.filter((b) => b.sizeClass !== undefined && b.sizeClass !== 'large').length],
          ['foreignBidsFromEU', ofPhase.filter((b) => companyIdCountry(b.companyKvk) !== 'NL').length],
        ] as const
      ).map(([measure, value]) => ({
        id: `${lotId(p.number)}-${measure}`,
        measure,
        value,
        relatedLot: lotId(p.number),
        date: toAmsterdamIso(p.submissionDeadline),
      }));
    });

  const funderNames = new Map(challenge.funders.map((f) => [f.oin, f.name]));
  const ordered = [...awards].sort(
    (a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.id.localeCompare(b.id),
  );
  // OCDS award status: pending while the standstill runs, active once definitive, cancelled when withdrawn.
  const awardStatus = (a: Award) =>
    a.status === 'provisional' ? 'pending' : a.status === 'withdrawn' ? 'cancelled' : 'active';
  const ocdsAwards = ordered.map((a) => ({
    id: a.id,
    title: `${PHASE_TITLE[a.phase]}: ${a.companyName}`,
    status: awardStatus(a),
    description: [
      ...(a.status === 'provisional'
        ? [`Voorlopige gunning; opschortende termijn tot ${toAmsterdamIso(a.standstillEndsAt)}.`]
        : []),
      ...(a.status === 'withdrawn' ? ['Gunningsbeslissing ingetrokken.'] : []),
      // The decision passed over higher-ranked valid bids: why, as the buyer stated it to them.
      ...(decisionOf.get(a.decisionId)?.passedOver ?? []).map(
        (p) => `Een hoger gerangschikte inschrijving is niet gegund: ${p.reason}`,
      ),
      grossNote(a.amountCents),
    ].join(' '),
    date: toAmsterdamIso(a.decidedAt),
    value: euros(a.amountExclVatCents),
    suppliers: [companyParty(a.companyKvk, a.companyName, 'supplier')],
    contractPeriod: { startDate: dayStart(a.startDate), endDate: dayEnd(a.endDate) },
    relatedLots: [lotId(a.phase)],
  }));
  // A contract exists only once the award is definitive (concluded after the standstill).
  const contracts = ordered
    .filter((a) => a.concludedAt !== undefined)
    .map((a) => ({
      id: `${a.id}-contract`,
      awardID: a.id,
      title: `${PHASE_TITLE[a.phase]}: ${a.companyName}`,
      // OCDS "terminated": the contract has ended, completed or not; the description says which.
      status: a.status === 'awarded' ? 'active' : 'terminated',
      description: [
        ...(a.status === 'completed' ? ['Afgerond: resultaat geaccepteerd.'] : []),
        ...(a.status === 'terminated' ? ['Voortijdig beëindigd.'] : []),
        grossNote(a.finalAmountCents ?? a.amountCents),
      ].join(' '),
      period: { startDate: dayStart(a.startDate), endDate: dayEnd(a.endDate) },
      value: euros(
        a.finalAmountCents === undefined ? a.amountExclVatCents : excludingVat(a.finalAmountCents),
      ),
      dateSigned: toAmsterdamIso(a.concludedAt!),
      implementation: implementation(
        challenge,
        a,
        after,
        (oin) => party(governmentId(oin), 'NL-OIN', oin, funderNames.get(oin) ?? oin, 'payer'),
        companyParty,
      ),
    }));

  const date = [
    challenge.updatedAt,
    ...awards.flatMap((a) => [a.decidedAt, a.concludedAt ?? '', a.withdrawnAt ?? '', a.endedAt ?? '']),
  ]
    .sort()
    .at(-1)!;
  const tag = [
    'tender',
    ...((challenge.corrections?.length ?? 0) > 0 ? ['tenderAmendment'] : []),
    ...(challenge.status === 'cancelled' ? ['tenderCancellation'] : []),
    ...(ocdsAwards.length > 0 ? ['award'] : []),
    ...(awards.some((a) => a.status === 'withdrawn') ? ['awardCancellation'] : []),
    ...(contracts.length > 0 ? ['contract'] : []),
    ...(awards.some((a) => a.status === 'terminated') ? ['contractTermination'] : []),
  ];
  const id = ocid(challenge.id);
  return {
    ocid: id,
    id: `${id}-${date.replace(/[^0-9]/g, '').slice(0, 14)}`,
    date: toAmsterdamIso(date),
    tag,
    initiationType: 'tender',
    language: 'nl',
    parties: [...parties.values()],
    buyer,
    planning: {
      rationale: challenge.description.nl,
      budget: {
        id: `${id}-budget`,
        description: `Budget ${challenge.programmeYear}, ${challenge.funders.length > 1 ? 'gezamenlijk gefinancierd (50-50 met EZK)' : 'één financier'}; incl. btw ${eurosText(total)}, bedragen excl. btw`,
        amount: euros(netTotal),
        budgetBreakdown,
      },
    },
    tender,
    ...(statistics.length > 0 ? { bids: { statistics } } : {}),
    ...(ocdsAwards.length > 0 ? { awards: ocdsAwards } : {}),
    ...(contracts.length > 0 ? { contracts } : {}),
  };
}

/**
 * What happened after the contract was signed: a delivery milestone and a payment milestone per
 * milestone of its schedule (the stored one, or the phase's default), and a transaction per
 * funder's part of each payment — gross, incl. VAT, exact to the cent as in the funder's ledger,
 * paid by the lead buyer from that funder's money.
 */
function implementation(
  challenge: Challenge,
  award: Award,
  after: { contracts: readonly ContractRecord[]; ledger: readonly LedgerEntry[] },
  payer: (funderOin: string) => { id: string; name: string },
  companyParty: (id: string, name: string, role: string) => { id: string; name: string },
) {
  const milestones =
    after.contracts.find((c) => c.awardId === award.id)?.milestones ??
    defaultSchedule(award, challenge.phases.find((p) => p.number === award.phase)?.paymentSchedule);
  const met = (m: Milestone) => m.status === 'accepted' || m.status === 'paid';
  const statusOf = (done: boolean, m: Milestone) =>
    done ? 'met' : m.status === 'cancelled' ? 'notMet' : 'scheduled';
  const payments = after.ledger.filter((e) => e.kind === 'pay' && e.awardId === award.id);
  const payee = payments.length > 0 ? companyParty(award.companyKvk, award.companyName, 'payee') : undefined;
  return {
    milestones: milestones.flatMap((m) => [
      {
        id: `${award.id}-delivery-${m.number}`,
        title: m.deliverable.nl,
        type: 'delivery',
        dueDate: dayEnd(m.dueDate),
        status: statusOf(met(m), m),
        ...(m.acceptedAt ? { dateMet: toAmsterdamIso(m.acceptedAt) } : {}),
      },
      {
        id: `${award.id}-payment-${m.number}`,
        title: `Betaling mijlpaal ${m.number}`,
        type: 'payment',
        description: `${eurosText(m.amountCents)} incl. btw.`,
        dueDate: dayEnd(m.dueDate),
        status: statusOf(m.status === 'paid', m),
        ...(m.payment ? { dateMet: dayStart(m.payment.paidOn) } : {}),
      },
    ]),
    transactions: payments.map((e) => {
      const funder = payer(e.funderOin);
      return {
        id: `${e.paymentId}-${e.funderOin}`,
        source: `${config.publicBaseUrl()}/reports/payments?year=${award.programmeYear}`,
        date: e.paidOn ? dayStart(e.paidOn) : toAmsterdamIso(e.at),
        // Gross: the money that moved (the contract's value is net of VAT).
        value: euros(e.paidDeltaCents ?? 0),
        payer: funder,
        payee: payee!,
      };
    }),
  };
}

/** The release package of a programme year; undefined when the year published nothing. */
export function ocdsPackage(
  year: number,
  data: Pick<YearData, 'challenges' | 'awards' | 'proposals'> &
    Partial<Pick<YearData, 'decisions' | 'contracts' | 'ledger'>>,
  now: string,
) {
  const challenges = [...data.challenges]
    .filter((c) => c.publishedAt)
    .sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!) || a.id.localeCompare(b.id));
  if (challenges.length === 0) return undefined;
  const releases = challenges.map((c) =>
    release(
      c,
      data.awards.filter((a) => a.challengeId === c.id),
      data.proposals.filter((p) => p.challengeId === c.id),
      now,
      (data.decisions ?? []).filter((d) => d.challengeId === c.id),
      {
        contracts: data.contracts ?? [],
        ledger: (data.ledger ?? []).filter((e) => e.challengeId === c.id),
      },
    ),
  );
  const base = config.publicBaseUrl();
  return {
    uri: `${base}/reports/ocds?year=${year}`,
    version: '1.1' as const,
    extensions: [BUDGET_BREAKDOWN_EXTENSION, LOTS_EXTENSION, BIDS_EXTENSION],
    // Generated on demand: the date of the last change to what it contains.
    publishedDate: releases
      .map((r) => r.date)
      .sort((a, b) => Date.parse(a) - Date.parse(b))
      .at(-1)!,
    publisher: { name: 'innovatiemarkt — programmabureau EZK/IPO', uri: base },
    license: CC0,
    releases,
  };
}
