import { describe, expect, it } from 'vitest';
import { scoreMapping } from './form.ts';

describe('the score form', () => {
  it('sends a score per criterion and the motivation; a score that is no whole number goes as out of range', () => {
    const mapped = scoreMapping({ 'score-impact': '8', 'score-price': 'acht', motivation: 'Sterk plan' });
    expect(mapped.body).toEqual({
      scores: [
        { criterion: 'impact', score: 8 },
        { criterion: 'price', score: -1 },
      ],
      motivation: 'Sterk plan',
    });
    expect(mapped.fieldOf('body.scores.1.score')).toBe('score-price');
    expect(mapped.fieldOf('body.motivation')).toBe('motivation');
  });
});
