import { describe, expect, it } from 'vitest';
import { exclusionMapping } from './form.ts';

describe('excluding a bid', () => {
  const values = {
    proposalId: '0b6f7c2e-3d1a-4c6b-9f2e-5a4d3c2b1a09',
    ground: 'incomplete',
    motivation: 'Het verplichte projectplan ontbreekt in de inschrijving.',
  };

  it('sends the bid, the ground and the motivation; no date unless one was typed', () => {
    expect(exclusionMapping(values).body).toEqual(values);
    expect(exclusionMapping({ ...values, explanationRequestedOn: ' 2026-11-30 ' }).body).toEqual({
      ...values,
      explanationRequestedOn: '2026-11-30',
    });
  });

  it('puts each refusal at its own field', () => {
    const mapped = exclusionMapping(values);
    expect(mapped.fieldOf('body.motivation')).toBe('motivation');
    expect(mapped.fieldOf('body.explanationRequestedOn')).toBe('explanationRequestedOn');
    expect(mapped.fieldOf('body.ground')).toBe('ground');
  });
});
