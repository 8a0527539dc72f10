import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { selectionMapping } from './form.ts';
import { selectionFields } from './view.tsx';

const requests = [
  { id: 'p-1', companyName: 'Sensorbouw BV' },
  { id: 'p-2', companyName: 'Waterwerk BV' },
];

describe('the partnership’s selection', () => {
  it('sends every candidate with its answers and reasons', () => {
    const one = selectionFields('p-1');
    const two = selectionFields('p-2');
    const mapped = selectionMapping(
      {
        [one.suitable]: 'yes',
        [one.invited]: 'yes',
        [two.suitable]: 'no',
        [two.invited]: 'no',
        [two.reasons]: ' Te duur ',
      },
      testView(),
      requests,
    );
    expect(mapped.errors).toEqual({});
    expect(mapped.body.candidates).toEqual([
      { proposalId: 'p-1', suitable: true, invited: true, reasons: '' },
      { proposalId: 'p-2', suitable: false, invited: false, reasons: 'Te duur' },
    ]);
    expect(mapped.fieldOf('body.candidates.1.reasons')).toBe(two.reasons);
    expect(mapped.fieldOf('body.candidates')).toBe('candidates');
  });

  it('asks every yes/no first, naming the company in each error', () => {
    const mapped = selectionMapping({}, testView(), requests);
    expect(Object.keys(mapped.errors ?? {})).toHaveLength(4);
    expect(mapped.errors?.[selectionFields('p-2').invited]).toContain('Waterwerk BV');
  });
});
