import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { declarationsMapping } from './form.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('the conflict declarations of a phase', () => {
  it('sends one declaration per answered proposal, and nothing for a field that is not one', () => {
    const mapped = declarationsMapping(
      { [`decl-${A}`]: 'none', [`decl-${B}`]: 'conflict', 'decl-not-an-id': 'none', _csrf: 'x' },
      testView(),
    );
    expect(mapped.body).toEqual({
      declarations: [
        { proposalId: A, conflictOfInterest: false },
        { proposalId: B, conflictOfInterest: true },
      ],
    });
    expect(mapped.general).toBeUndefined();
  });

  it('asks for an answer at each question when none was given', () => {
    const mapped = declarationsMapping({ asked: `${A},${B}` }, testView());
    expect(mapped.errors).toEqual({
      [`decl-${A}`]: 'Kies of u bij dit voorstel een belangenconflict heeft of niet.',
      [`decl-${B}`]: 'Kies of u bij dit voorstel een belangenconflict heeft of niet.',
    });
    expect(mapped.general).toBeUndefined();
    // One answer is enough to record it; the others stay to declare.
    expect(declarationsMapping({ asked: `${A},${B}`, [`decl-${A}`]: 'none' }, testView()).errors).toEqual({});
  });
});
