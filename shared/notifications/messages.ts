import type { SignificantChange, THEMES } from '#shared/kernel/vocabulary.ts';
import type { Language, MessageKind } from './schemas.ts';

/** What a message says, in the recipient's language: a subject, paragraphs, and the page it links to. */
export interface MessageContent {
  subject: string;
  lines: string[];
  link: { label: string; path: string };
}

type Localised = { nl: string; en?: string | undefined };
const pick = (text: Localised, language: Language) => (language === 'en' ? (text.en ?? text.nl) : text.nl);
/** A moment in Amsterdam: with its time (deadlines), or the day only (a follow-up round is due on a day). */
const dateText = (iso: string, language: Language, withTime: boolean) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' as const } : {}),
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
const deadline = (iso: string, language: Language) => dateText(iso, language, true);
const day = (iso: string, language: Language) => dateText(iso, language, false);
/** A period ending at 24:00 of its last day (the instant is the next midnight): that day, and 24:00. */
const lastDay = (iso: string, language: Language) =>
  `${day(new Date(Date.parse(iso) - 1000).toISOString(), language)}, ${language === 'en' ? '24:00' : '24.00 uur'}`;

export interface CallFacts {
  challengeId: string;
  title: Localised;
  theme: keyof typeof THEMES;
  buyerName: string;
  buyerOin: string;
  /** Every funder of the call (the lead buyer among them). */
  funderOins: string[];
  firstDeadline: string;
}

/** What the weekly digest of one reader holds (already narrowed to what the reader may see). */
export interface Digest {
  /** ISO week, e.g. 2026-W49. */
  week: string;
  overdue: {
    companyName: string;
    challengeTitle: Localised;
    phase: number;
    round: number;
    daysOverdue: number;
  }[];
  envelopes: {
    holderName: string;
    instrument: 'sbir' | 'innovation-partnership';
    year: number;
    capCents: number;
    remainingCents: number;
    usedBasisPoints: number;
  }[];
}
/** A digest lists this many overdue rounds; the report has the rest. */
export const DIGEST_LIST_MAX = 20;
const euro = (cents: number, language: Language) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
const percent = (basisPoints: number, language: Language) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(Math.floor(basisPoints / 10) / 1000);

/** The texts, per kind and language. */
const CHANGE_WORDS: Record<SignificantChange, Record<Language, string>> = {
  requirements: { nl: 'de eisen', en: 'the requirements' },
  criteria: { nl: 'de gunningscriteria', en: 'the award criteria' },
  budget: { nl: 'het budget', en: 'the budget' },
  consortium: { nl: 'de regel over consortia', en: 'the consortium rule' },
};

/** A significant change said as such: what changed, and that bidders have time to respond. */
function significantLines(changes: readonly SignificantChange[], language: Language): string[] {
  if (changes.length === 0) return [];
  const what = changes.map((c) => CHANGE_WORDS[c][language]).join(', ');
  return language === 'en'
    ? [
        `This is a significant change (${what}): the call's page shows the closing date, which leaves you time to revise your proposal.`,
      ]
    : [
        `Dit is een wezenlijke wijziging (${what}): op de pagina van de oproep staat de sluitingsdatum, die u tijd laat om uw voorstel aan te passen.`,
      ];
}

export const compose = {
  newCall: (call: CallFacts, searchName: string, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `New call: ${pick(call.title, language)}`,
          lines: [
            `A new call matches your saved search “${searchName}”.`,
            `${pick(call.title, language)}, by ${call.buyerName}. Phase 1 closes on ${deadline(call.firstDeadline, language)}.`,
          ],
          link: { label: 'Read the call', path: `/oproepen/${call.challengeId}?taal=en` },
        }
      : {
          subject: `Nieuwe oproep: ${pick(call.title, language)}`,
          lines: [
            `Er is een nieuwe oproep die past bij uw bewaarde zoekopdracht ‘${searchName}’.`,
            `${pick(call.title, language)}, van ${call.buyerName}. Fase 1 sluit op ${deadline(call.firstDeadline, language)}.`,
          ],
          link: { label: 'Lees de oproep', path: `/oproepen/${call.challengeId}` },
        },
  questionAsked: (call: CallFacts, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `New question about ${pick(call.title, language)}`,
          lines: [
            `A company asked a clarification question about your call ${pick(call.title, language)}.`,
            'Answer it before the question deadline; the answer is published to everyone, without the asker’s name.',
          ],
          link: { label: 'Answer the question', path: `/beheer/oproepen/${call.challengeId}?taal=en` },
        }
      : {
          subject: `Nieuwe vraag over ${pick(call.title, language)}`,
          lines: [
            `Een bedrijf heeft een vraag gesteld over uw oproep ${pick(call.title, language)}.`,
            'Beantwoord de vraag vóór de sluiting voor vragen; het antwoord wordt voor iedereen gepubliceerd, zonder de naam van de vraagsteller.',
          ],
          link: { label: 'Beantwoord de vraag', path: `/beheer/oproepen/${call.challengeId}` },
        },
  questionAnswered: (call: CallFacts, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `Your question about ${pick(call.title, language)} was answered`,
          lines: [
            `${call.buyerName} answered your question about ${pick(call.title, language)}.`,
            'The answer is published with the call, for every company, without your name.',
          ],
          link: { label: 'Read the answer', path: `/oproepen/${call.challengeId}?taal=en` },
        }
      : {
          subject: `Uw vraag over ${pick(call.title, language)} is beantwoord`,
          lines: [
            `${call.buyerName} heeft uw vraag over ${pick(call.title, language)} beantwoord.`,
            'Het antwoord staat bij de oproep, voor alle bedrijven, zonder uw naam.',
          ],
          link: { label: 'Lees het antwoord', path: `/oproepen/${call.challengeId}` },
        },
  committeeNamed: (call: CallFacts, phase: number, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `You are on the committee of ${pick(call.title, language)}, phase ${phase}`,
          lines: [
            `${call.buyerName} named you to the assessment committee of ${pick(call.title, language)}, phase ${phase}.`,
            `Proposals open for scoring after the deadline (${deadline(call.firstDeadline, language)} for phase 1); first declare for each whether you have a conflict of interest.`,
          ],
          link: { label: 'Go to your assessments', path: '/beoordelen?taal=en' },
        }
      : {
          subject: `U zit in de beoordelingscommissie van ${pick(call.title, language)}, fase ${phase}`,
          lines: [
            `${call.buyerName} heeft u benoemd in de beoordelingscommissie van ${pick(call.title, language)}, fase ${phase}.`,
            `De voorstellen gaan open voor beoordeling na de sluiting (${deadline(call.firstDeadline, language)} voor fase 1); verklaar eerst per voorstel of u een belangenconflict hebt.`,
          ],
          link: { label: 'Naar uw beoordelingen', path: '/beoordelen' },
        },
  deadlineReminder: (
    call: CallFacts,
    phase: number,
    deadlineAt: string,
    daysBefore: number,
    language: Language,
  ) =>
    language === 'en'
      ? {
          subject: `${daysBefore === 1 ? 'Tomorrow' : `In ${daysBefore} days`}: phase ${phase} of ${pick(call.title, language)} closes`,
          lines: [
            `Phase ${phase} of ${pick(call.title, language)} closes on ${deadline(deadlineAt, language)}. You asked a question about it and have not submitted a proposal yet.`,
            'A proposal that arrives after the deadline cannot be accepted.',
          ],
          link: { label: 'Read the call and submit', path: `/oproepen/${call.challengeId}?taal=en` },
        }
      : {
          subject: `${daysBefore === 1 ? 'Morgen' : `Over ${daysBefore} dagen`} sluit fase ${phase} van ${pick(call.title, language)}`,
          lines: [
            `Fase ${phase} van ${pick(call.title, language)} sluit op ${deadline(deadlineAt, language)}. U stelde er een vraag over en hebt nog geen voorstel ingediend.`,
            'Een voorstel dat na de sluiting binnenkomt, kan niet worden aangenomen.',
          ],
          link: { label: 'Lees de oproep en dien in', path: `/oproepen/${call.challengeId}` },
        },
  correction: (
    call: CallFacts,
    number: number,
    reason: string,
    newDeadline: string | undefined,
    language: Language,
    significant: readonly SignificantChange[] = [],
  ) =>
    language === 'en'
      ? {
          subject: `Correction ${number} of ${pick(call.title, language)}`,
          lines: [
            `${call.buyerName} published correction ${number} of ${pick(call.title, language)}: ${reason}`,
            ...significantLines(significant, language),
            ...(newDeadline
              ? [
                  `The deadline moved to ${deadline(newDeadline, language)}. You may revise your proposal until then.`,
                ]
              : []),
          ],
          link: { label: 'Read the correction', path: `/oproepen/${call.challengeId}?taal=en` },
        }
      : {
          subject: `Rectificatie ${number} van ${pick(call.title, language)}`,
          lines: [
            `${call.buyerName} heeft rectificatie ${number} van ${pick(call.title, language)} gepubliceerd: ${reason}`,
            ...significantLines(significant, language),
            ...(newDeadline
              ? [
                  `De sluiting is verschoven naar ${deadline(newDeadline, language)}. Tot dan kunt u uw voorstel aanpassen.`,
                ]
              : []),
          ],
          link: { label: 'Lees de rectificatie', path: `/oproepen/${call.challengeId}` },
        },
  nota: (
    call: CallFacts,
    phase: number,
    number: number,
    language: Language,
    amendments = 0,
    significant: readonly SignificantChange[] = [],
  ): MessageContent =>
    language === 'en'
      ? {
          subject: `${amendments > 0 ? 'Answers changed: n' : 'N'}ota van inlichtingen ${number} for ${pick(call.title, language)}, phase ${phase}`,
          lines: [
            `${call.buyerName} published nota van inlichtingen ${number} for phase ${phase} of ${pick(call.title, language)}: the questions and answers, without the askers’ names. Its answers are part of the call.`,
            ...(amendments > 0
              ? [
                  `This nota changes ${amendments === 1 ? 'an earlier answer' : `${amendments} earlier answers`}, each with its reason. Check whether your proposal still fits, and change it before the deadline if it does not.`,
                ]
              : []),
            ...significantLines(significant, language),
          ],
          link: {
            label: 'Read the nota',
            path: `/oproepen/${call.challengeId}/nota/${phase}/${number}?taal=en`,
          },
        }
      : {
          subject: `${amendments > 0 ? 'Antwoorden gewijzigd: n' : 'N'}ota van inlichtingen ${number} bij ${pick(call.title, language)}, fase ${phase}`,
          lines: [
            `${call.buyerName} heeft nota van inlichtingen ${number} voor fase ${phase} van ${pick(call.title, language)} gepubliceerd: de vragen en antwoorden, zonder namen van vraagstellers. De antwoorden horen bij de oproep.`,
            ...(amendments > 0
              ? [
                  `Deze nota wijzigt ${amendments === 1 ? 'een eerder antwoord' : `${amendments} eerdere antwoorden`}, elk met de reden. Kijk of uw voorstel er nog bij past, en pas het vóór de sluitingsdatum aan als dat niet zo is.`,
                ]
              : []),
            ...significantLines(significant, language),
          ],
          link: { label: 'Lees de nota', path: `/oproepen/${call.challengeId}/nota/${phase}/${number}` },
        },
  followUpDue: (call: CallFacts, round: number, dueAt: string, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `Follow-up report ${round} for ${pick(call.title, language)}`,
          lines: [
            `It is ${round} ${round === 1 ? 'year' : 'years'} since your contract for ${pick(call.title, language)} was completed. Please report what you did with the result: revenue, jobs, investment, market launch.`,
            `Due since ${day(dueAt, language)}.`,
          ],
          link: { label: 'Report', path: '/mijn/vervolgmonitoring?taal=en' },
        }
      : {
          subject: `Vervolgrapportage ${round} voor ${pick(call.title, language)}`,
          lines: [
            `Het is ${round} jaar geleden dat uw opdracht voor ${pick(call.title, language)} werd afgerond. Wilt u melden wat u met het resultaat deed: omzet, banen, investeringen, marktintroductie?`,
            `Verwacht sinds ${day(dueAt, language)}.`,
          ],
          link: { label: 'Rapporteren', path: '/mijn/vervolgmonitoring' },
        },
  followUpOverdue: (call: CallFacts, round: number, dueAt: string, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `Overdue: follow-up report ${round} for ${pick(call.title, language)}`,
          lines: [
            `Your follow-up report ${round} for ${pick(call.title, language)} was due on ${day(dueAt, language)} and has not come in. ${call.buyerName} and the programme office use these reports to account for the programme; it takes a few minutes.`,
          ],
          link: { label: 'Report now', path: '/mijn/vervolgmonitoring?taal=en' },
        }
      : {
          subject: `Te laat: vervolgrapportage ${round} voor ${pick(call.title, language)}`,
          lines: [
            `Uw vervolgrapportage ${round} voor ${pick(call.title, language)} werd verwacht op ${day(dueAt, language)} en is nog niet binnen. ${call.buyerName} en het programmabureau leggen met deze rapportages verantwoording af over het programma; invullen kost een paar minuten.`,
          ],
          link: { label: 'Nu rapporteren', path: '/mijn/vervolgmonitoring' },
        },
  scoringOpen: (call: CallFacts, phase: number, proposals: number, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `Open for scoring: ${pick(call.title, language)}, phase ${phase}`,
          lines: [
            `Phase ${phase} of ${pick(call.title, language)} closed with ${proposals} ${proposals === 1 ? 'proposal' : 'proposals'}. You are on its committee.`,
            'Declare for each proposal whether you have a conflict of interest; the proposals where you have none open for you to score.',
          ],
          link: { label: 'Go to your assessments', path: '/beoordelen?taal=en' },
        }
      : {
          subject: `Open voor beoordeling: ${pick(call.title, language)}, fase ${phase}`,
          lines: [
            `Fase ${phase} van ${pick(call.title, language)} is gesloten met ${proposals} ${proposals === 1 ? 'voorstel' : 'voorstellen'}. U zit in de commissie.`,
            'Verklaar per voorstel of u een belangenconflict hebt; de voorstellen waarvoor u er geen hebt, gaan voor u open om te beoordelen.',
          ],
          link: { label: 'Naar uw beoordelingen', path: '/beoordelen' },
        },
  weeklyDigest: (digest: Digest, language: Language): MessageContent => {
    const en = language === 'en';
    const shown = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const lines: string[] = [];
    const { overdue, envelopes } = digest;
    if (overdue.length > 0) {
      lines.push(
        en
          ? `Follow-up reports overdue (${overdue.length}):`
          : `Te late vervolgrapportages (${overdue.length}):`,
      );
      for (const r of overdue.slice(0, DIGEST_LIST_MAX))
        lines.push(
          en
            ? `– ${r.companyName}, ${pick(r.challengeTitle, language)}, phase ${r.phase}, round ${r.round}: ${shown(r.daysOverdue, 'day', 'days')} overdue`
            : `– ${r.companyName}, ${pick(r.challengeTitle, language)}, fase ${r.phase}, ronde ${r.round}: ${shown(r.daysOverdue, 'dag', 'dagen')} te laat`,
        );
      if (overdue.length > DIGEST_LIST_MAX)
        lines.push(
          en
            ? `… and ${overdue.length - DIGEST_LIST_MAX} more in the follow-up report.`
            : `… en nog ${overdue.length - DIGEST_LIST_MAX} in de rapportage vervolgmonitoring.`,
        );
    }
    if (envelopes.length > 0) {
      lines.push(
        en
          ? `Envelopes above 90% use (${envelopes.length}):`
          : `Enveloppen boven 90% gebruik (${envelopes.length}):`,
      );
      for (const e of envelopes)
        lines.push(
          en
            ? `– ${e.holderName}, ${e.instrument === 'sbir' ? 'SBIR' : 'innovation partnership'} ${e.year}: ${percent(e.usedBasisPoints, language)} used, ${euro(e.remainingCents, language)} left of ${euro(e.capCents, language)}`
            : `– ${e.holderName}, ${e.instrument === 'sbir' ? 'SBIR' : 'innovatiepartnerschap'} ${e.year}: ${percent(e.usedBasisPoints, language)} gebruikt, ${euro(e.remainingCents, language)} over van ${euro(e.capCents, language)}`,
        );
    }
    const parts = [
      ...(overdue.length > 0
        ? [
            en
              ? shown(overdue.length, 'follow-up overdue', 'follow-ups overdue')
              : `${shown(overdue.length, 'vervolgrapportage', 'vervolgrapportages')} te laat`,
          ]
        : []),
      ...(envelopes.length > 0
        ? [
            en
              ? `${shown(envelopes.length, 'envelope', 'envelopes')} above 90%`
              : `${shown(envelopes.length, 'envelop', 'enveloppen')} boven 90%`,
          ]
        : []),
    ];
    return {
      subject: `${en ? 'Week' : 'Weekoverzicht'} ${digest.week}: ${parts.join(', ')}`,
      lines,
      link: en
        ? { label: 'Open the reports', path: '/rapporten?taal=en' }
        : { label: 'Naar de rapporten', path: '/rapporten' },
    };
  },
  committeeFinished: (call: CallFacts, phase: number, ranked: number, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `The committee finished phase ${phase} of ${pick(call.title, language)}`,
          lines: [
            `${ranked === 1 ? `The one proposal of phase ${phase} has` : `All ${ranked} proposals of phase ${phase} have`} been scored: the ranking is ready for your award decision.`,
          ],
          link: { label: 'Read the ranking', path: `/beheer/oproepen/${call.challengeId}?taal=en` },
        }
      : {
          subject: `De commissie heeft fase ${phase} van ${pick(call.title, language)} beoordeeld`,
          lines: [
            `${ranked === 1 ? `Het enige voorstel van fase ${phase} is` : `Alle ${ranked} voorstellen van fase ${phase} zijn`} beoordeeld: de rangorde staat klaar voor uw gunningsbeslissing.`,
          ],
          link: { label: 'Bekijk de rangorde', path: `/beheer/oproepen/${call.challengeId}` },
        },
  objection: (call: CallFacts, phase: number, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `A complaint about your award decision on ${pick(call.title, language)}`,
          lines: [
            `A bidder lodged a complaint against your award decision on phase ${phase} of ${pick(call.title, language)}. The awards stay provisional until you answer it.`,
          ],
          link: { label: 'Answer the complaint', path: `/beheer/oproepen/${call.challengeId}?taal=en` },
        }
      : {
          subject: `Klacht over uw gunningsbeslissing over ${pick(call.title, language)}`,
          lines: [
            `Een inschrijver dient een klacht in over uw gunningsbeslissing over fase ${phase} van ${pick(call.title, language)}. De gunningen blijven voorlopig tot u de klacht beantwoordt.`,
          ],
          link: { label: 'Beantwoord de klacht', path: `/beheer/oproepen/${call.challengeId}` },
        },
  /** A co-funder's people: a complaint about (or a withdrawal, or the conclusion of) a decision on a call it pays for. */
  coFunderDecisionNews: (
    call: CallFacts,
    phase: number,
    news: 'complaint-lodged' | 'complaint-upheld' | 'complaint-rejected' | 'withdrawn' | 'concluded',
    language: Language,
  ): MessageContent => {
    const what = {
      'complaint-lodged': {
        nl: 'Een inschrijver heeft een klacht ingediend over de gunningsbeslissing; de gunningen blijven voorlopig.',
        en: 'A bidder lodged a complaint about the award decision; the awards stay provisional.',
      },
      'complaint-upheld': {
        nl: 'De opdrachtgever heeft een klacht over de gunningsbeslissing gegrond verklaard; de opdracht wordt niet gegund zolang het besluit niet is herzien.',
        en: 'The buyer upheld a complaint about the award decision; no contract is concluded until the decision is reconsidered.',
      },
      'complaint-rejected': {
        nl: 'De opdrachtgever heeft een klacht over de gunningsbeslissing ongegrond verklaard.',
        en: 'The buyer rejected a complaint about the award decision.',
      },
      withdrawn: {
        nl: 'De opdrachtgever heeft de gunningsbeslissing ingetrokken; het geld is terug in de reservering.',
        en: 'The buyer withdrew the award decision; the money is back in the reservation.',
      },
      concluded: {
        nl: 'De opschortende termijn is voorbij: de gunningsbeslissing is definitief.',
        en: 'The standstill has ended: the award decision is definitive.',
      },
    }[news];
    return language === 'en'
      ? {
          subject: `Award decision on ${pick(call.title, language)}, phase ${phase}: news for co-funders`,
          lines: [`${what.en} (${pick(call.title, language)}, phase ${phase}, by ${call.buyerName}.)`],
          link: { label: 'The co-funded calls', path: '/medefinanciering?taal=en' },
        }
      : {
          subject: `Gunningsbeslissing ${pick(call.title, language)}, fase ${phase}: bericht voor medefinanciers`,
          lines: [`${what.nl} (${pick(call.title, language)}, fase ${phase}, van ${call.buyerName}.)`],
          link: { label: 'De medegefinancierde oproepen', path: '/medefinanciering' },
        };
  },
  proposalReceived: (
    call: CallFacts,
    receipt: { phase: number; reference: string; submittedAt: string; amountCents: number; deadline: string },
    language: Language,
  ): MessageContent =>
    language === 'en'
      ? {
          subject: `Received: your proposal for ${pick(call.title, language)}, phase ${receipt.phase} (${receipt.reference})`,
          lines: [
            `${call.buyerName} received your proposal on ${deadline(receipt.submittedAt, language)}, for ${euro(receipt.amountCents, language)}. Your reference is ${receipt.reference}; quote it when you contact the buyer.`,
            `You can change or withdraw it until ${deadline(receipt.deadline, language)}. Then the committee assesses it, and you receive a letter with the decision.`,
          ],
          link: { label: 'Your proposals', path: '/mijn/voorstellen?taal=en' },
        }
      : {
          subject: `Ontvangen: uw voorstel voor ${pick(call.title, language)}, fase ${receipt.phase} (${receipt.reference})`,
          lines: [
            `${call.buyerName} heeft uw voorstel ontvangen op ${deadline(receipt.submittedAt, language)}, voor ${euro(receipt.amountCents, language)}. Uw referentie is ${receipt.reference}; noem die als u contact opneemt met de opdrachtgever.`,
            `U kunt het wijzigen of intrekken tot ${deadline(receipt.deadline, language)}. Daarna beoordeelt de commissie het, en krijgt u een brief met het besluit.`,
          ],
          link: { label: 'Uw voorstellen', path: '/mijn/voorstellen' },
        },
  complaintAnswered: (
    call: CallFacts,
    phase: number,
    outcome: 'upheld' | 'rejected',
    concludableFrom: string,
    language: Language,
  ): MessageContent =>
    language === 'en'
      ? {
          subject: `Your complaint about ${pick(call.title, language)}, phase ${phase}, was answered`,
          lines: [
            outcome === 'upheld'
              ? `${call.buyerName} upheld your complaint: no contract is concluded on this decision; the buyer will reconsider it.`
              : `${call.buyerName} rejected your complaint, with reasons. The contract is concluded no earlier than after ${lastDay(concludableFrom, language)}; until then you may start summary proceedings (kort geding).`,
          ],
          link: { label: 'Read the answer', path: '/mijn/beslissingen?taal=en' },
        }
      : {
          subject: `Uw klacht over ${pick(call.title, language)}, fase ${phase}, is beantwoord`,
          lines: [
            outcome === 'upheld'
              ? `${call.buyerName} heeft uw klacht gegrond verklaard: op dit besluit wordt geen overeenkomst gesloten; de opdrachtgever herziet het.`
              : `${call.buyerName} heeft uw klacht ongegrond verklaard, met redenen. De overeenkomst wordt niet gesloten vóór ${lastDay(concludableFrom, language)}; tot dan kunt u een kort geding aanspannen.`,
          ],
          link: { label: 'Lees het antwoord', path: '/mijn/beslissingen' },
        },
  decisionWithdrawn: (call: CallFacts, phase: number, reason: string, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `Award decision on ${pick(call.title, language)}, phase ${phase}, withdrawn`,
          lines: [
            `${call.buyerName} withdrew its award decision on ${pick(call.title, language)}, phase ${phase}. Its reason: ${reason}`,
            'Any new decision comes to you as a new letter.',
          ],
          link: { label: 'Your decisions', path: '/mijn/beslissingen?taal=en' },
        }
      : {
          subject: `Gunningsbeslissing ${pick(call.title, language)}, fase ${phase}, ingetrokken`,
          lines: [
            `${call.buyerName} heeft de gunningsbeslissing over ${pick(call.title, language)}, fase ${phase}, ingetrokken. De reden: ${reason}`,
            'Een nieuwe beslissing ontvangt u als nieuwe brief.',
          ],
          link: { label: 'Uw beslissingen', path: '/mijn/beslissingen' },
        },
  decisionConcluded: (
    call: CallFacts,
    phase: number,
    awarded: boolean,
    language: Language,
  ): MessageContent =>
    language === 'en'
      ? {
          subject: `Award decision on ${pick(call.title, language)}, phase ${phase}, is definitive`,
          lines: [
            awarded
              ? `The standstill has ended: your contract for ${pick(call.title, language)}, phase ${phase}, is concluded with ${call.buyerName}.`
              : `The standstill has ended: the award decision on ${pick(call.title, language)}, phase ${phase}, is definitive.`,
          ],
          link: { label: 'Your decisions', path: '/mijn/beslissingen?taal=en' },
        }
      : {
          subject: `Gunningsbeslissing ${pick(call.title, language)}, fase ${phase}, is definitief`,
          lines: [
            awarded
              ? `De opschortende termijn is voorbij: uw overeenkomst voor ${pick(call.title, language)}, fase ${phase}, met ${call.buyerName} is gesloten.`
              : `De opschortende termijn is voorbij: de gunningsbeslissing over ${pick(call.title, language)}, fase ${phase}, is definitief.`,
          ],
          link: { label: 'Uw beslissingen', path: '/mijn/beslissingen' },
        },
  decisionLetter: (call: CallFacts, phase: number, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `Award decision on ${pick(call.title, language)}, phase ${phase}`,
          lines: [
            `${call.buyerName} decided on the proposals for ${pick(call.title, language)}, phase ${phase}. Your letter with the outcome, your scores and the reasons is ready.`,
            'Until the standstill period in the letter ends you may lodge a complaint, or start summary proceedings (kort geding).',
          ],
          link: { label: 'Read your letter', path: '/mijn/beslissingen?taal=en' },
        }
      : {
          subject: `Gunningsbeslissing ${pick(call.title, language)}, fase ${phase}`,
          lines: [
            `${call.buyerName} heeft besloten over de voorstellen voor ${pick(call.title, language)}, fase ${phase}. Uw brief met de uitkomst, uw scores en de motivering staat klaar.`,
            'Tot het einde van de opschortende termijn in de brief kunt u een klacht indienen of een kort geding aanspannen.',
          ],
          link: { label: 'Lees uw brief', path: '/mijn/beslissingen' },
        },
  phaseInvitation: (call: CallFacts, next: number, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `You may bid for phase ${next} of ${pick(call.title, language)}`,
          lines: [
            `${call.buyerName} accepted your result of phase ${next - 1} of ${pick(call.title, language)}.`,
            `Only companies that completed phase ${next - 1} may bid for phase ${next}: you are invited.`,
          ],
          link: { label: 'See your invitations', path: '/mijn/uitnodigingen?taal=en' },
        }
      : {
          subject: `U mag inschrijven voor fase ${next} van ${pick(call.title, language)}`,
          lines: [
            `${call.buyerName} heeft uw resultaat van fase ${next - 1} van ${pick(call.title, language)} geaccepteerd.`,
            `Alleen bedrijven die fase ${next - 1} afrondden, mogen inschrijven voor fase ${next}: u bent uitgenodigd.`,
          ],
          link: { label: 'Bekijk uw uitnodigingen', path: '/mijn/uitnodigingen' },
        },
  phaseClosed: (call: CallFacts, phase: number, proposals: number, language: Language): MessageContent =>
    language === 'en'
      ? {
          subject: `Phase ${phase} of ${pick(call.title, language)} closed: ${proposals} ${proposals === 1 ? 'proposal' : 'proposals'}`,
          lines: [
            `Phase ${phase} of ${pick(call.title, language)} reached its deadline with ${proposals} ${proposals === 1 ? 'proposal' : 'proposals'}.`,
            proposals === 0
              ? 'No proposal arrived, so the committee has nothing to score.'
              : 'The proposals are now open to the committee members who declare no conflict of interest.',
          ],
          link: { label: 'Go to the call', path: `/beheer/oproepen/${call.challengeId}?taal=en` },
        }
      : {
          subject: `Fase ${phase} van ${pick(call.title, language)} gesloten: ${proposals} ${proposals === 1 ? 'voorstel' : 'voorstellen'}`,
          lines: [
            `Fase ${phase} van ${pick(call.title, language)} is gesloten met ${proposals} ${proposals === 1 ? 'voorstel' : 'voorstellen'}.`,
            proposals === 0
              ? 'Er is geen voorstel binnengekomen; de commissie heeft niets te beoordelen.'
              : 'De voorstellen zijn nu open voor de commissieleden die verklaren geen belangenconflict te hebben.',
          ],
          link: { label: 'Naar de oproep', path: `/beheer/oproepen/${call.challengeId}` },
        },
  consent: (
    call: CallFacts,
    change: { status: 'requested' | 'approved' | 'declined' | 'withdrawn'; funderName: string },
    language: Language,
  ): MessageContent => {
    const title = pick(call.title, language);
    if (change.status === 'requested')
      return language === 'en'
        ? {
            subject: `Your consent is asked for ${title}`,
            lines: [
              `${call.buyerName} asks your organisation to co-fund ${title}. Approve or decline your share.`,
            ],
            link: { label: 'Decide on the request', path: '/medefinanciering?taal=en' },
          }
        : {
            subject: `Uw instemming gevraagd voor ${title}`,
            lines: [
              `${call.buyerName} vraagt uw organisatie om ${title} mee te financieren. Stem in met uw aandeel of wijs het af.`,
            ],
            link: { label: 'Beslis over het verzoek', path: '/medefinanciering' },
          };
    const f = change.funderName;
    const sentence = {
      approved: {
        nl: `${f} stemt in met zijn aandeel in ${title}.`,
        en: `${f} approved its share of ${title}.`,
      },
      declined: { nl: `${f} wijst zijn aandeel in ${title} af.`, en: `${f} declined its share of ${title}.` },
      withdrawn: {
        nl: `${f} trekt zijn instemming met zijn aandeel in ${title} in.`,
        en: `${f} withdrew its consent to its share of ${title}.`,
      },
    }[change.status][language];
    return {
      subject: sentence.slice(0, -1),
      lines: [
        sentence,
        language === 'en'
          ? 'A call is published only when every co-funder approved its share.'
          : 'Een oproep wordt pas gepubliceerd als elke medefinancier met zijn aandeel instemt.',
      ],
      link:
        language === 'en'
          ? { label: 'Go to the call', path: `/beheer/oproepen/${call.challengeId}?taal=en` }
          : { label: 'Naar de oproep', path: `/beheer/oproepen/${call.challengeId}` },
    };
  },
  deliverableSubmitted: (
    call: CallFacts,
    c: { awardId: string; companyName: string; milestone: number; reviewDueDate: string; submission: number },
    language: Language,
  ): MessageContent =>
    language === 'en'
      ? {
          subject: `To review: milestone ${c.milestone} of ${c.companyName}`,
          lines: [
            `${c.companyName} submitted the deliverable of milestone ${c.milestone} of its contract for ${pick(call.title, language)}${c.submission > 1 ? ' again, after your rejection' : ''}.`,
            `Please accept or reject it by ${day(`${c.reviewDueDate}T12:00:00Z`, language)}; a rejection says what to put right.`,
          ],
          link: { label: 'Review it', path: `/beheer/opdrachten/${c.awardId}?taal=en` },
        }
      : {
          subject: `Te beoordelen: mijlpaal ${c.milestone} van ${c.companyName}`,
          lines: [
            `${c.companyName} heeft het resultaat van mijlpaal ${c.milestone} van de opdracht voor ${pick(call.title, language)} ingediend${c.submission > 1 ? ', opnieuw na uw afwijzing' : ''}.`,
            `Keur het goed of wijs het af vóór ${day(`${c.reviewDueDate}T12:00:00Z`, language)}; bij een afwijzing zegt u wat er moet worden verbeterd.`,
          ],
          link: { label: 'Beoordelen', path: `/beheer/opdrachten/${c.awardId}` },
        },
  reviewDue: (
    call: CallFacts,
    c: { awardId: string; companyName: string; milestone: number; reviewDueDate: string },
    language: Language,
  ): MessageContent =>
    language === 'en'
      ? {
          subject: `Last day to review: milestone ${c.milestone} of ${c.companyName}`,
          lines: [
            `Today is the last day to review the deliverable ${c.companyName} submitted for milestone ${c.milestone} of its contract for ${pick(call.title, language)}.`,
            'Accept it, or reject it saying what must be put right; a late review is recorded as late.',
          ],
          link: { label: 'Review it', path: `/beheer/opdrachten/${c.awardId}?taal=en` },
        }
      : {
          subject: `Laatste dag om te beoordelen: mijlpaal ${c.milestone} van ${c.companyName}`,
          lines: [
            `Vandaag is de laatste dag om het resultaat te beoordelen dat ${c.companyName} indiende voor mijlpaal ${c.milestone} van de opdracht voor ${pick(call.title, language)}.`,
            'Keur het goed, of wijs het af en zeg wat er beter moet; een late beoordeling wordt als te laat vastgelegd.',
          ],
          link: { label: 'Beoordelen', path: `/beheer/opdrachten/${c.awardId}` },
        },
  deliverableReviewed: (
    call: CallFacts,
    c: { awardId: string; milestone: number; outcome: 'accepted' | 'rejected'; reason?: string },
    language: Language,
  ): MessageContent =>
    language === 'en'
      ? {
          subject: `Milestone ${c.milestone} ${c.outcome === 'accepted' ? 'accepted' : 'not accepted'}: ${pick(call.title, language)}`,
          lines:
            c.outcome === 'accepted'
              ? [
                  `${call.buyerName} accepted the deliverable of milestone ${c.milestone} of your contract for ${pick(call.title, language)}. The milestone will be paid.`,
                ]
              : [
                  `${call.buyerName} did not accept the deliverable of milestone ${c.milestone} of your contract for ${pick(call.title, language)}.`,
                  `The reason: ${c.reason ?? ''}`,
                  'Put it right and submit it again.',
                ],
          link: { label: 'Your contract', path: `/mijn/opdrachten/${c.awardId}?taal=en` },
        }
      : {
          subject: `Mijlpaal ${c.milestone} ${c.outcome === 'accepted' ? 'goedgekeurd' : 'afgewezen'}: ${pick(call.title, language)}`,
          lines:
            c.outcome === 'accepted'
              ? [
                  `${call.buyerName} heeft het resultaat van mijlpaal ${c.milestone} van uw opdracht voor ${pick(call.title, language)} goedgekeurd. De mijlpaal wordt betaald.`,
                ]
              : [
                  `${call.buyerName} heeft het resultaat van mijlpaal ${c.milestone} van uw opdracht voor ${pick(call.title, language)} afgewezen.`,
                  `De reden: ${c.reason ?? ''}`,
                  'Verbeter het en dien het opnieuw in.',
                ],
          link: { label: 'Uw opdracht', path: `/mijn/opdrachten/${c.awardId}` },
        },
  invoiceReceived: (
    call: CallFacts,
    c: {
      awardId: string;
      companyName: string;
      milestone: number;
      invoiceNumber: string;
      amountCents: number;
    },
    language: Language,
  ): MessageContent =>
    language === 'en'
      ? {
          subject: `To pay: invoice ${c.invoiceNumber} of ${c.companyName}`,
          lines: [
            `${c.companyName} sent invoice ${c.invoiceNumber} of ${euro(c.amountCents, language)} for milestone ${c.milestone} of its contract for ${pick(call.title, language)}. It passed the e-invoicing rules (EN 16931, Peppol BIS 3.0) and matches the milestone.`,
            'Record the payment once it has been made.',
          ],
          link: { label: 'The contract', path: `/beheer/opdrachten/${c.awardId}?taal=en` },
        }
      : {
          subject: `Te betalen: factuur ${c.invoiceNumber} van ${c.companyName}`,
          lines: [
            `${c.companyName} heeft factuur ${c.invoiceNumber} van ${euro(c.amountCents, language)} gestuurd voor mijlpaal ${c.milestone} van de opdracht voor ${pick(call.title, language)}. Hij voldoet aan de regels voor e-facturen (EN 16931, Peppol BIS 3.0) en past bij de mijlpaal.`,
            'Leg de betaling vast zodra die is gedaan.',
          ],
          link: { label: 'De opdracht', path: `/beheer/opdrachten/${c.awardId}` },
        },
  milestonePaid: (
    call: CallFacts,
    c: { awardId: string; milestone: number; amountCents: number; paidOn: string },
    language: Language,
  ): MessageContent =>
    language === 'en'
      ? {
          subject: `Paid: milestone ${c.milestone} of ${pick(call.title, language)}`,
          lines: [
            `${call.buyerName} paid ${euro(c.amountCents, language)} for milestone ${c.milestone} of your contract for ${pick(call.title, language)} on ${day(`${c.paidOn}T12:00:00Z`, language)}.`,
          ],
          link: { label: 'Your contract', path: `/mijn/opdrachten/${c.awardId}?taal=en` },
        }
      : {
          subject: `Betaald: mijlpaal ${c.milestone} van ${pick(call.title, language)}`,
          lines: [
            `${call.buyerName} heeft op ${day(`${c.paidOn}T12:00:00Z`, language)} ${euro(c.amountCents, language)} betaald voor mijlpaal ${c.milestone} van uw opdracht voor ${pick(call.title, language)}.`,
          ],
          link: { label: 'Uw opdracht', path: `/mijn/opdrachten/${c.awardId}` },
        },
  settlementDue: (
    call: CallFacts,
    c: { milestone: number; partCents: number; period: string; funderOin: string },
    language: Language,
  ): MessageContent =>
    language === 'en'
      ? {
          subject: `To settle: ${euro(c.partCents, language)} for ${pick(call.title, language)}`,
          lines: [
            `${call.buyerName} paid milestone ${c.milestone} of a contract of ${pick(call.title, language)}. Your organisation's part is ${euro(c.partCents, language)}.`,
            `It is on the settlement statement of ${c.period}, to be paid to ${call.buyerName} after the quarter ends.`,
          ],
          link: { label: 'The statement', path: `/rapporten/verrekening/${c.funderOin}/${c.period}?taal=en` },
        }
      : {
          subject: `Te verrekenen: ${euro(c.partCents, language)} voor ${pick(call.title, language)}`,
          lines: [
            `${call.buyerName} heeft mijlpaal ${c.milestone} van een opdracht van ${pick(call.title, language)} betaald. Het deel van uw organisatie is ${euro(c.partCents, language)}.`,
            `Het staat op de verrekenstaat van ${c.period}, te betalen aan ${call.buyerName} na afloop van het kwartaal.`,
          ],
          link: { label: 'De verrekenstaat', path: `/rapporten/verrekening/${c.funderOin}/${c.period}` },
        },
} satisfies Record<string, (...args: never[]) => MessageContent>;

const KIND_NAMES: Record<MessageKind, Record<Language, string>> = {
  'new-call': { nl: 'nieuwe oproepen bij uw zoekopdrachten', en: 'new calls for your saved searches' },
  'question-asked': { nl: 'nieuwe vragen over uw oproepen', en: 'new questions about your calls' },
  'question-answered': { nl: 'antwoorden op uw vragen', en: 'answers to your questions' },
  'committee-named': { nl: 'benoemingen in een commissie', en: 'committee appointments' },
  'deadline-reminder': { nl: 'herinneringen aan een sluiting', en: 'deadline reminders' },
  'decision-letter': { nl: 'gunningsbeslissingen', en: 'award decisions' },
  correction: {
    nl: 'rectificaties van oproepen waarop u reageerde',
    en: 'corrections of calls you bid on or asked about',
  },
  nota: { nl: 'nota’s van inlichtingen', en: 'notas van inlichtingen' },
  'follow-up-due': { nl: 'verzoeken om vervolgrapportage', en: 'follow-up report requests' },
  'follow-up-overdue': {
    nl: 'herinneringen aan te late vervolgrapportages',
    en: 'overdue follow-up reminders',
  },
  'scoring-open': { nl: 'voorstellen die open zijn voor beoordeling', en: 'proposals open for scoring' },
  'weekly-digest': { nl: 'het weekoverzicht', en: 'the weekly digest' },
  'committee-finished': { nl: 'afgeronde beoordelingen', en: 'finished assessments' },
  objection: { nl: 'klachten over gunningsbeslissingen', en: 'complaints about award decisions' },
  'complaint-answered': { nl: 'antwoorden op uw klachten', en: 'answers to your complaints' },
  'proposal-received': { nl: 'ontvangstbevestigingen van uw voorstellen', en: 'receipts of your proposals' },
  'decision-news': {
    nl: 'ingetrokken en definitief geworden gunningsbeslissingen',
    en: 'award decisions withdrawn or become definitive',
  },
  'phase-invitation': { nl: 'uitnodigingen voor een volgende fase', en: 'invitations to a next phase' },
  'phase-closed': { nl: 'gesloten fasen van uw oproepen', en: 'closed phases of your calls' },
  consent: { nl: 'instemming van medefinanciers', en: 'co-funders’ consent' },
  'deliverable-submitted': { nl: 'ingediende resultaten om te beoordelen', en: 'deliverables to review' },
  'deliverable-reviewed': { nl: 'beoordelingen van uw resultaten', en: 'reviews of your deliverables' },
  'milestone-paid': { nl: 'betalingen van mijlpalen', en: 'payments of milestones' },
  'invoice-received': { nl: 'ontvangen facturen om te betalen', en: 'invoices received, to pay' },
  'settlement-due': {
    nl: 'betalingen waarvan uw organisatie een deel verrekent',
    en: 'payments your organisation settles a part of',
  },
};
export const kindName = (kind: MessageKind, language: Language) => KIND_NAMES[kind][language];

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Plain text and HTML of one message, with its link and how to stop this kind. */
export function render(
  content: MessageContent,
  kind: MessageKind,
  language: Language,
  urls: { page: string; unsubscribe: string; preferences: string },
): { subject: string; text: string; html: string } {
  const stop =
    language === 'en'
      ? `You get this e-mail because you did not turn off ${kindName(kind, language)}.`
      : `U krijgt deze e-mail omdat u ${kindName(kind, language)} niet hebt uitgezet.`;
  const stopLink = language === 'en' ? 'Stop these e-mails' : 'Stop deze e-mails';
  const preferences = language === 'en' ? 'All your e-mail settings' : 'Al uw e-mailinstellingen';
  const text = [
    ...content.lines,
    '',
    `${content.link.label}: ${urls.page}`,
    '',
    '-- ',
    'Innovatiemarkt',
    stop,
    `${stopLink}: ${urls.unsubscribe}`,
    `${preferences}: ${urls.preferences}`,
  ].join('\n');
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head><body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">${content.lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join(
      '',
    )}<p><a href="${escapeHtml(urls.page)}">${escapeHtml(content.link.label)}</a></p><hr><p style="font-size:0.9em">Innovatiemarkt. ${escapeHtml(stop)} <a href="${escapeHtml(urls.unsubscribe)}">${stopLink}</a> · <a href="${escapeHtml(urls.preferences)}">${preferences}</a></p></body></html>`;
  return { subject: content.subject, text, html };
}
