import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { exclusionMapping } from './form.ts';
import { texts } from './messages.ts';

describe('excluding a bid', () => {
  const values = {
    proposalId: '0b6f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
    ground: 'incomplete',
    motivation: 'Het verplichte projectplan ontbreekt in de inschrijving.',
  };

  it('sends the bid, the ground and the motivation; no date unless one was typed', () => {
    expect(exclusionMapping(values, testView()).body).toEqual(values);
    expect(exclusionMapping({ ...values, explanationRequestedOn: ' 2026-11-30 ' }, testView()).body).toEqual({
      ...values,
      explanationRequestedOn: '2026-11-30',
    });
  });

  it('puts each refusal at its own field', () => {
    const mapped = exclusionMapping(values, testView());
    expect(mapped.fieldOf('body.motivation')).toBe('motivation');
    expect(mapped.fieldOf('body.explanationRequestedOn')).toBe('explanationRequestedOn');
    expect(mapped.fieldOf('body.ground')).toBe('ground');
    expect(mapped.texts?.explanationRequestedOn).toBe(texts(testView()).askedError);
  });
});
