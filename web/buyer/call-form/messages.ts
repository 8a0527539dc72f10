import type { Lang } from '#web/i18n/format.ts';

const nl = {
  fields: {
    instrument: 'Instrument',
    titleNl: 'Titel (Nederlands)',
    titleEn: 'Titel (Engels, optioneel)',
    descriptionNl: 'Omschrijving (Nederlands)',
    descriptionEn: 'Omschrijving (Engels, optioneel)',
    theme: 'Thema',
    cpv: 'CPV-codes (onderzoek en ontwikkeling)',
    cpvHint:
      'Kies ten minste één code. Voor SBIR alleen de codes van de uitzondering voor onderzoek en ontwikkeling.',
    questionDeadline: 'Vragen stellen tot (optioneel)',
    questionDeadlineHint:
      'Datum en tijd in Nederlandse tijd. Standaard: 10 dagen voor de sluiting van fase 1.',
    funderOin: (n: number) => `Financier ${n}`,
    chooseFunder: 'Kies een organisatie',
    unknownFunder: (oin: string) => `Onbekende organisatie (OIN ${oin})`,
    funderShare: (n: number) => `Aandeel van financier ${n} in procenten`,
    funderPayment: (n: number) => `Betaling door financier ${n}`,
    paysDirectly:
      'Betaalt zijn deel van elke betaling zelf aan het bedrijf (dan geen verrekening met de leidende opdrachtgever)',
    schedule: 'Betaalschema (optioneel)',
    scheduleHint:
      'Eén mijlpaal per regel: het percentage van het contractbedrag en wat het bedrijf dan oplevert, bijvoorbeeld "40 Tussenrapport". Samen 100%. Leeg: het standaardschema (fase 1 één betaling bij het eindrapport, fase 2 40/30/30).',
    scheduleInvalid: (line: number) =>
      `Regel ${line} van het betaalschema: zet een percentage voor wat er wordt opgeleverd, zoals "40 Tussenrapport".`,
    scheduleTotal: (phase: number, total: string) =>
      `De mijlpalen van fase ${phase} tellen op tot ${total}; samen moeten ze 100% zijn, in ten hoogste 12 regels.`,
    fundersHint:
      'Bij een gezamenlijke oproep betaalt EZK precies 50%; de andere financiers delen de andere helft. Samen 100%.',
    includePhase: (n: number) => `Fase ${n} opnemen`,
    budget: 'Budget van de fase in euro (incl. btw)',
    maxPerContract: 'Maximaal per opdracht in euro (incl. btw, optioneel)',
    maxPerContractHint: 'Standaard voor SBIR: fase 1 € 50.000, fase 2 € 450.000.',
    plannedContracts: 'Geplande opdrachten',
    duration: 'Looptijd in maanden',
    deadline: 'Sluitingsdatum en -tijd',
    deadlineHint: 'In Nederlandse tijd.',
    weights: 'Weging van de criteria in procenten (samen 100)',
    weightsInvalid: (n: number) =>
      `Vul ${n === 2 ? 'twee' : 'drie'} percentages in, gescheiden door een schuine streep, die samen 100 zijn. Bijvoorbeeld ${n === 2 ? '70/30' : '50/25/25'}.`,
    weightsHintSbir: 'SBIR: Impact, Technologische haalbaarheid, Economisch perspectief.',
    weightsHintIp: 'Innovatiepartnerschap: alleen beste prijs-kwaliteitverhouding (Kwaliteit, Prijs).',
    minimumScore: 'Minimale gewogen score om te gunnen (0 tot 10, optioneel)',
    mayEndPartners: 'Mogen partners na een fase worden beëindigd?',
    conditions: 'Voorwaarden daarvoor (verplicht als het mag)',
    selectionCriteria: 'Selectiecriteria (innovatiepartnerschap)',
    selectionCriteriaHint:
      'Waarop u de aanvragen tot deelneming beoordeelt. Ze worden met de oproep gepubliceerd; u selecteert alleen daarop.',
    candidatesToInvite: 'Aantal kandidaten dat u uitnodigt om te onderhandelen',
    candidatesToInviteHint:
      'Minstens 3. Meldt zich een kleiner aantal geschikte kandidaten, dan nodigt u die allemaal uit.',
  },
  sections: {
    basics: 'De oproep',
    funding: 'Financiering',
    phases: 'Fasen',
    terms: 'Voorwaarden innovatiepartnerschap',
  },
  shareTotal: (total: string, ezk: string) => `Samen ${total}; EZK ${ezk}.`,
  saveDraft: 'Concept opslaan',
};

// The same keys as the Dutch, or the typecheck fails.
const en: typeof nl = {
  fields: {
    instrument: 'Instrument',
    titleNl: 'Title (Dutch)',
    titleEn: 'Title (English, optional)',
    descriptionNl: 'Description (Dutch)',
    descriptionEn: 'Description (English, optional)',
    theme: 'Theme',
    cpv: 'CPV codes (research and development)',
    cpvHint: 'Choose at least one. For SBIR only the codes of the research and development exception.',
    questionDeadline: 'Questions until (optional)',
    questionDeadlineHint: 'Date and time, Dutch time. Default: 10 days before phase 1 closes.',
    funderOin: (n: number) => `Funder ${n}`,
    chooseFunder: 'Choose an organisation',
    unknownFunder: (oin: string) => `Unknown organisation (OIN ${oin})`,
    funderShare: (n: number) => `Share of funder ${n} in per cent`,
    funderPayment: (n: number) => `Payment by funder ${n}`,
    paysDirectly:
      'Pays its part of each payment to the company itself (then no settlement with the lead buyer)',
    schedule: 'Payment schedule (optional)',
    scheduleHint:
      'One milestone per line: the percentage of the contract amount and what the company delivers for it, for example "40 Interim report". Together 100%. Empty: the default schedule (phase 1 one payment at the final report, phase 2 40/30/30).',
    scheduleInvalid: (line: number) =>
      `Line ${line} of the payment schedule: put a percentage before what is delivered, like "40 Interim report".`,
    scheduleTotal: (phase: number, total: string) =>
      `The milestones of phase ${phase} add up to ${total}; together they must make 100%, in at most 12 lines.`,
    fundersHint:
      'In a joint call EZK pays exactly 50%; the other funders share the other half. Together 100%.',
    includePhase: (n: number) => `Include phase ${n}`,
    budget: 'Budget of the phase in euro (incl. VAT)',
    maxPerContract: 'Maximum per contract in euro (incl. VAT, optional)',
    maxPerContractHint: 'SBIR default: phase 1 €50,000, phase 2 €450,000.',
    plannedContracts: 'Planned contracts',
    duration: 'Duration in months',
    deadline: 'Closing date and time',
    deadlineHint: 'Dutch time.',
    weights: 'Weights of the criteria in per cent (together 100)',
    weightsInvalid: (n: number) =>
      `Enter ${n === 2 ? 'two' : 'three'} percentages separated by a slash that add up to 100. For example ${n === 2 ? '70/30' : '50/25/25'}.`,
    weightsHintSbir: 'SBIR: Impact, Technical feasibility, Economic prospects.',
    weightsHintIp: 'Innovation partnership: best price-quality ratio only (Quality, Price).',
    minimumScore: 'Minimum weighted score to be awarded (0 to 10, optional)',
    mayEndPartners: 'May partners be ended after a phase?',
    conditions: 'The conditions for it (required if so)',
    selectionCriteria: 'Selection criteria (innovation partnership)',
    selectionCriteriaHint:
      'What you judge the requests to participate on. They are published with the call; you select on them alone.',
    candidatesToInvite: 'Number of candidates you invite to negotiate',
    candidatesToInviteHint: 'At least 3. When fewer suitable candidates apply, you invite them all.',
  },
  sections: {
    basics: 'The call',
    funding: 'Funding',
    phases: 'Phases',
    terms: 'Innovation partnership terms',
  },
  shareTotal: (total: string, ezk: string) => `Together ${total}; EZK ${ezk}.`,
  saveDraft: 'Save draft',
};

/** The texts of this page, in the reader's language. */
export const texts = (v: { lang: Lang }) => (v.lang === 'en' ? en : nl);
