import { describe, expect, it } from 'vitest';
import { testView } from '../../../test/support/view.ts';
import { scoreMapping } from './form.ts';

describe('the score form', () => {
  it('sends a score and its motivation per criterion, and the overall judgement; a score that is no whole number goes as out of range', () => {
    const mapped = scoreMapping(
      {
        'score-impact': '8',
        'why-impact': '  Groot effect op de zorg in de regio.  ',
        'score-price': 'acht',
        'why-price': '',
        motivation: 'Sterk plan',
      },
      testView(),
    );
    expect(mapped.body).toEqual({
      scores: [
        { criterion: 'impact', score: 8, motivation: 'Groot effect op de zorg in de regio.' },
        { criterion: 'price', score: -1 },
      ],
      motivation: 'Sterk plan',
    });
    expect(mapped.fieldOf('body.scores.1.score')).toBe('score-price');
    expect(mapped.fieldOf('body.scores.0.motivation')).toBe('why-impact');
    expect(mapped.fieldOf('body.motivation')).toBe('motivation');
  });

  it('names the criterion in each error, not “per criterion”', () => {
    const mapped = scoreMapping({ 'score-impact': '', 'why-impact': 'kort' }, testView());
    expect(mapped.body).toEqual({ scores: [{ criterion: 'impact', score: -1, motivation: 'kort' }] });
    expect(mapped.texts?.['score-impact']).toBe('Kies een score van 0 tot en met 10 voor impact.');
    expect(mapped.texts?.['why-impact']).toContain('bij impact ten minste 10 tekens');
  });
});
