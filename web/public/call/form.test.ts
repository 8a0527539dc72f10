import { describe, expect, it } from 'vitest';
import { questionMapping } from './form.ts';

describe('the question form on a call', () => {
  it('sends the question, and a phase only when one of the three was chosen', () => {
    expect(questionMapping({ question: 'Mag het ook?', phase: '2' }).body).toEqual({
      question: 'Mag het ook?',
      phase: 2,
    });
    expect(questionMapping({ question: 'Mag het ook?', phase: '' }).body).toEqual({
      question: 'Mag het ook?',
    });
    expect(questionMapping({ question: 'x', phase: '7' }).body).toEqual({ question: 'x' });
  });

  it('puts the phase-2 refusal at the phase, anything else at the question', () => {
    const mapped = questionMapping({ question: 'x' });
    expect(mapped.problemField).toEqual({ 'phase-2-requires-phase-1': 'phase' });
    expect(mapped.fieldOf('body.phase')).toBe('phase');
    expect(mapped.fieldOf('body.question')).toBe('question');
  });
});
