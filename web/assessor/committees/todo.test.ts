import { describe, expect, it } from 'vitest';
import { todoOf } from './view.tsx';

describe('an assessor’s to-do in a phase', () => {
  it('counts bids to declare or score, not those recused, scored or excluded by the buyer', () => {
    const bid = (mine: { declared: boolean; recused: boolean; scored: boolean }, excluded = false) => ({
      mine,
      excluded,
    });
    const evaluation = {
      proposals: [
        bid({ declared: false, recused: false, scored: false }),
        bid({ declared: true, recused: false, scored: false }),
        bid({ declared: true, recused: true, scored: false }),
        bid({ declared: true, recused: false, scored: true }),
        bid({ declared: false, recused: false, scored: false }, true),
      ],
    };
    expect(todoOf(evaluation as never)).toBe(2);
  });
});
