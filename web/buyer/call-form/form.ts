import { toAmsterdamIso } from '#shared/platform/amsterdam.ts';
import type { routes } from '#shared/routes.ts';
import { eurosForInput, type Lang, parseEuros } from '#web/i18n/format.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import { parsePercent, parseWhole, percentForInput } from '#web/kit/forms.ts';
import type { CallView } from '#web/kit/types.ts';
import type { View } from '#web/kit/view.ts';
import { texts } from './messages.ts';

/**
 * The draft call form: every field the API takes, the SBIR defaults for a new one, and the
 * mapping to the API's body with each error back at its field (funders and phases by row).
 */
const SBIR_KEYS = ['impact', 'technical-feasibility', 'economic-prospects'] as const;
const IP_KEYS = ['quality', 'price'] as const;
const DEFAULT_WEIGHTS: Record<number, string> = { 1: '40/30/30', 2: '30/30/40', 3: '30/30/40' };

/** `2027-03-01T17:00` (datetime-local, Amsterdam wall-clock) from a UTC instant. */
const localInput = (iso: string) => toAmsterdamIso(iso).slice(0, 16);

/** The draft form’s values from a call (to edit it), or the SBIR defaults (a new one). */
export function callValues(c: CallView | undefined, lang: Lang): Record<string, string> {
  if (!c)
    return {
      instrument: 'sbir',
      cpv: '73000000-2',
      phase1Contracts: '8',
      phase1Duration: '6',
      phase1Weights: DEFAULT_WEIGHTS[1]!,
      phase2Contracts: '2',
      phase2Duration: '18',
      phase2Weights: DEFAULT_WEIGHTS[2]!,
      phase3Weights: DEFAULT_WEIGHTS[3]!,
      funderShare1: '50',
      funderShare2: '50',
    };
  const values: Record<string, string> = {
    instrument: c.instrument,
    titleNl: c.title.nl,
    titleEn: c.title.en ?? '',
    descriptionNl: c.description.nl,
    descriptionEn: c.description.en ?? '',
    theme: c.theme,
    cpv: c.cpvCodes.join(','),
    questionDeadline: localInput(c.questionDeadline),
  };
  c.funders.forEach((f, i) => {
    values[`funderOin${i + 1}`] = f.oin;
    values[`funderShare${i + 1}`] = percentForInput(f.shareBasisPoints, lang);
    if (f.paysDirectly) values[`funderDirect${i + 1}`] = 'on';
  });
  for (const p of c.phases) {
    const n = p.number;
    if (n > 1) values[`phase${n}`] = 'on';
    values[`phase${n}Budget`] = eurosForInput(p.budgetCents, lang);
    values[`phase${n}Max`] = eurosForInput(p.maxPerContractCents, lang);
    values[`phase${n}Contracts`] = String(p.plannedContracts);
    values[`phase${n}Duration`] = String(p.durationMonths);
    values[`phase${n}Deadline`] = localInput(p.submissionDeadline);
    values[`phase${n}Weights`] = p.criteria.map((x) => percentForInput(x.weightBasisPoints, lang)).join('/');
    if (p.paymentSchedule)
      values[`phase${n}Schedule`] = p.paymentSchedule
        .map((m) => `${percentForInput(m.basisPoints, lang)} ${m.deliverable.nl}`)
        .join('\n');
    if (p.minimumScore !== undefined)
      values[`phase${n}MinScore`] = String(p.minimumScore).replace('.', lang === 'nl' ? ',' : '.');
  }
  if (c.innovationPartnership) {
    values.mayEndPartners = c.innovationPartnership.mayEndPartnersAfterPhase ? 'yes' : 'no';
    values.conditions = c.innovationPartnership.conditions ?? '';
    values.selectionCriteria = c.innovationPartnership.selectionCriteria ?? '';
    values.candidatesToInvite =
      c.innovationPartnership.candidatesToInvite !== undefined
        ? String(c.innovationPartnership.candidatesToInvite)
        : '';
  }
  return values;
}

/** The API body from the form, the errors the site can tell by itself, and where API errors go. */
export function callMapping(
  values: Record<string, string>,
  v: View,
): FormMapping<BodyOf<typeof routes.createChallenge>> {
  const t = v.t;
  const errors: Record<string, string> = {};
  const instrument = values.instrument ?? '';
  const funderRows = [1, 2, 3, 4].filter(
    (n) => values[`funderOin${n}`]?.trim() || values[`funderShare${n}`]?.trim(),
  );
  const funders = funderRows.map((n) => {
    const share = parsePercent(values[`funderShare${n}`]);
    if (share === undefined) errors[`funderShare${n}`] = texts(v).fields.funderShare(n);
    return {
      oin: values[`funderOin${n}`]?.trim() ?? '',
      shareBasisPoints: share ?? 0,
      ...(values[`funderDirect${n}`] === 'on' ? { paysDirectly: true } : {}),
    };
  });
  const phaseNumbers = [1, 2, 3].filter((n) => n === 1 || values[`phase${n}`] === 'on');
  const keys = instrument === 'innovation-partnership' ? IP_KEYS : SBIR_KEYS;
  const phases = phaseNumbers.map((n) => {
    const budget = parseEuros(values[`phase${n}Budget`] ?? '');
    if (budget === undefined) errors[`phase${n}Budget`] = t.form.moneyInvalid;
    const maxText = values[`phase${n}Max`]?.trim();
    const max = maxText ? parseEuros(maxText) : undefined;
    if (maxText && max === undefined) errors[`phase${n}Max`] = t.form.moneyInvalid;
    const contracts = parseWhole(values[`phase${n}Contracts`], 100);
    if (contracts === undefined) errors[`phase${n}Contracts`] = t.form.numberInvalid;
    const duration = parseWhole(values[`phase${n}Duration`], 60);
    if (duration === undefined) errors[`phase${n}Duration`] = t.form.numberInvalid;
    const weights = (values[`phase${n}Weights`] ?? '').split('/').map((w) => parsePercent(w));
    const criteria =
      weights.length === keys.length && weights.every((w) => w !== undefined)
        ? keys.map((key, i) => ({ key, weightBasisPoints: weights[i]! }))
        : undefined;
    if (!criteria) errors[`phase${n}Weights`] = texts(v).fields.weightsInvalid(keys.length);
    const minText = values[`phase${n}MinScore`]?.trim().replace(',', '.');
    const minimumScore = minText && /^\d{1,2}(\.\d)?$/.test(minText) ? Number(minText) : undefined;
    if (minText && (minimumScore === undefined || minimumScore > 10))
      errors[`phase${n}MinScore`] = t.form.scoreInvalid;
    const schedule = scheduleOf(values[`phase${n}Schedule`]);
    if ('line' in schedule) errors[`phase${n}Schedule`] = texts(v).fields.scheduleInvalid(schedule.line);
    else if (schedule.milestones.length > 0) {
      const total = schedule.milestones.reduce((sum, m) => sum + m.basisPoints, 0);
      if (total !== 10_000 || schedule.milestones.length > 12)
        errors[`phase${n}Schedule`] = texts(v).fields.scheduleTotal(n, `${percentForInput(total, v.lang)}%`);
    }
    return {
      number: n,
      budgetCents: budget ?? 0,
      ...('milestones' in schedule && schedule.milestones.length > 0
        ? { paymentSchedule: schedule.milestones }
        : {}),
      ...(max !== undefined ? { maxPerContractCents: max } : {}),
      plannedContracts: contracts ?? 0,
      durationMonths: duration ?? 0,
      submissionDeadline: values[`phase${n}Deadline`] ?? '',
      ...(criteria ? { criteria } : {}),
      ...(minimumScore !== undefined ? { minimumScore } : {}),
    };
  });
  const en = (name: string) => values[name]?.trim() || undefined;
  const body = {
    instrument,
    title: { nl: values.titleNl ?? '', ...(en('titleEn') ? { en: en('titleEn') } : {}) },
    description: {
      nl: values.descriptionNl ?? '',
      ...(en('descriptionEn') ? { en: en('descriptionEn') } : {}),
    },
    theme: values.theme ?? '',
    cpvCodes: (values.cpv ?? '').split(',').filter(Boolean),
    funders,
    phases,
    ...(values.questionDeadline?.trim() ? { questionDeadline: values.questionDeadline.trim() } : {}),
    ...(instrument === 'innovation-partnership'
      ? {
          innovationPartnership: {
            mayEndPartnersAfterPhase: values.mayEndPartners === 'yes',
            ...(values.conditions?.trim() ? { conditions: values.conditions.trim() } : {}),
            ...(values.selectionCriteria?.trim()
              ? { selectionCriteria: values.selectionCriteria.trim() }
              : {}),
            // A number as typed; not a whole number goes as it is, and the API names the field.
            ...(values.candidatesToInvite?.trim()
              ? {
                  candidatesToInvite: /^\d+$/.test(values.candidatesToInvite.trim())
                    ? Number(values.candidatesToInvite.trim())
                    : (values.candidatesToInvite.trim() as unknown as number),
                }
              : {}),
          },
        }
      : {}),
  };
  const fieldOf = (apiField: string): string | undefined => {
    const [, top, index, sub] = apiField.split('.');
    if (top === 'title') return 'titleNl';
    if (top === 'description') return 'descriptionNl';
    if (top === 'cpvCodes') return 'cpv';
    if (top === 'funders') {
      const row = funderRows[Number(index ?? 0)] ?? 1;
      return sub === 'shareBasisPoints' ? `funderShare${row}` : `funderOin${row}`;
    }
    if (top === 'phases') {
      const n = phaseNumbers[Number(index ?? 0)] ?? 1;
      const fields: Record<string, string> = {
        budgetCents: 'Budget',
        maxPerContractCents: 'Max',
        plannedContracts: 'Contracts',
        durationMonths: 'Duration',
        submissionDeadline: 'Deadline',
        criteria: 'Weights',
        minimumScore: 'MinScore',
        paymentSchedule: 'Schedule',
      };
      return `phase${n}${fields[sub ?? ''] ?? 'Budget'}`;
    }
    if (top === 'innovationPartnership')
      return index === 'conditions' || index === 'selectionCriteria' || index === 'candidatesToInvite'
        ? index
        : 'mayEndPartners';
    if (top === 'instrument' || top === 'theme' || top === 'questionDeadline') return top;
    return undefined;
  };
  return {
    body: body as BodyOf<typeof routes.createChallenge>,
    errors,
    fieldOf,
    problemField: FUNDING_PROBLEMS,
  };
}

/**
 * A phase's payment schedule as typed: one milestone per line, its percentage first ("40
 * Tussenrapport", "30% – Prototype"); the first line that is not one, or the milestones.
 */
export function scheduleOf(
  text: string | undefined,
): { milestones: { basisPoints: number; deliverable: { nl: string } }[] } | { line: number } {
  const milestones: { basisPoints: number; deliverable: { nl: string } }[] = [];
  const lines = (text ?? '').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const match = /^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%?\s*[-–:;]?\s*(\S.*?)\s*$/.exec(line);
    const basisPoints = match ? parsePercent(match[1]) : undefined;
    if (!match || basisPoints === undefined || basisPoints === 0) return { line: i + 1 };
    milestones.push({ basisPoints, deliverable: { nl: match[2]! } });
  }
  return { milestones };
}

/** Where a funder problem of the co-funding rule goes on the form. */
const FUNDING_PROBLEMS: FormMapping<unknown>['problemField'] = {
  'shares-do-not-add-up': 'funderShare1',
  'missing-ezk-half': 'funderOin1',
  'duplicate-funder': 'funderOin1',
  'unknown-organisation': 'funderOin1',
};
