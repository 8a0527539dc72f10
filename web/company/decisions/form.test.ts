import { describe, expect, it } from 'vitest';
import { objectionMapping } from './form.ts';

describe('the objection form', () => {
  it('sends the decision and the grounds as typed, trimmed, and puts a grounds error at its field', () => {
    const mapped = objectionMapping('d-1')({ grounds: '  De score is onjuist berekend.  ' });
    expect(mapped.body).toEqual({ decisionId: 'd-1', grounds: 'De score is onjuist berekend.' });
    expect(mapped.fieldOf('body.grounds')).toBe('grounds');
    expect(mapped.fieldOf('body.decisionId')).toBeUndefined();
  });
});
