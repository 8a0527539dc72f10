import { describe, expect, it } from 'vitest';
import { routes } from '#shared/routes.ts';
import { mappedForm, refusalOnForm } from '#web/kit/form-post.ts';
import { addSchemaErrors } from '#web/kit/forms.ts';
import { refusal, testView } from '../../../test/support/view.ts';
import { proposalMapping, proposalValues, withPhaseMaximum } from './form.ts';

const typed = {
  summary: 'Een drijvende sensor',
  plan: 'Eerst een prototype',
  requestedAmount: '49.500,50',
  durationMonths: '6',
  docTitle2: 'Plan',
  docUrl2: 'https://example.nl/plan.pdf',
};

describe('the proposal form', () => {
  it('sends the amount in cents, the months, and only the document rows filled in', () => {
    expect(proposalMapping(typed, testView()).body).toEqual({
      summary: 'Een drijvende sensor',
      plan: 'Eerst een prototype',
      requestedAmountCents: 4_950_050,
      durationMonths: 6,
      documents: [{ title: 'Plan', url: 'https://example.nl/plan.pdf' }],
    });
  });

  it('says every mistake at once: a short plan, a link that is not https and an amount over the maximum', () => {
    const v = testView();
    const mapped = proposalMapping(
      { ...typed, plan: 'Kort', docUrl2: 'http://example.nl/plan.pdf', requestedAmount: '60.000' },
      v,
      { maxPerContractCents: 5_000_000 },
    );
    const form = mappedForm({}, mapped);
    addSchemaErrors(form, routes.submitProposal.body, mapped.body, v.lang, mapped.fieldOf);
    expect(Object.keys(form.errors).sort()).toEqual(['docUrl2', 'plan', 'requestedAmount']);
    expect(form.errors.requestedAmount).toContain('€\u00a050.000,00');
  });

  it('refuses an amount or a duration it cannot read, at their fields, before sending', () => {
    const mapped = proposalMapping({ ...typed, requestedAmount: 'veel', durationMonths: 'zes' }, testView());
    expect(Object.keys(mapped.errors ?? {})).toEqual(['requestedAmount', 'durationMonths']);
  });

  it('puts an API error of a document back at the row it was typed in', () => {
    const mapped = proposalMapping(typed, testView());
    expect(mapped.fieldOf('body.documents.0.url')).toBe('docUrl2');
    expect(mapped.fieldOf('body.requestedAmountCents')).toBe('requestedAmount');
  });

  it('says "over the maximum" at the amount, naming the phase maximum in the reader’s format', () => {
    const v = testView();
    const mapped = proposalMapping(typed, v);
    const form = refusalOnForm(
      { values: typed, errors: {} },
      refusal('over-phase-maximum', [], 422),
      mapped,
      v,
    );
    expect(withPhaseMaximum(form, { maxPerContractCents: 5_000_000 }, v).errors.requestedAmount).toContain(
      '50.000,00',
    );
  });

  it('fills the form from a stored proposal in the reader’s notation', () => {
    const values = proposalValues(
      { summary: 's', plan: 'p', requestedAmountCents: 4_950_050, durationMonths: 6, documents: [] } as never,
      testView('en'),
    );
    expect(values.requestedAmount).toBe('49,500.50');
  });
});
