import { describe, expect, it } from 'vitest';
import { answerField, answerMapping, notaMapping, publishedField } from './form.ts';
import { notaFields } from './nota-form.tsx';

describe('answering a question', () => {
  it('sends the answer typed in that question’s field, and puts every error there', () => {
    const mapped = answerMapping('q-1')({
      [answerField('q-1')]: 'Ja, dat mag.',
      [answerField('q-2')]: 'niet deze',
    });
    expect(mapped.body).toEqual({ answer: 'Ja, dat mag.' });
    expect(mapped.fieldOf('body.answer')).toBe('answer-q-1');
    expect(mapped.problemField).toEqual({ 'already-answered': 'answer-q-1' });
  });

  it('sends the question as published only when the buyer typed one, its errors at that field', () => {
    const mapped = answerMapping('q-1')({
      [answerField('q-1')]: 'Ja.',
      [publishedField('q-1')]: ' Mag een inschrijver een eigen octrooi gebruiken? ',
    });
    expect(mapped.body).toEqual({
      answer: 'Ja.',
      publishedQuestion: 'Mag een inschrijver een eigen octrooi gebruiken?',
    });
    expect(mapped.fieldOf('body.publishedQuestion')).toBe('published-q-1');
  });
});

describe('publishing a nota', () => {
  const names = notaFields(1);
  it('sends the introduction, and an amendment only when a question was chosen', () => {
    expect(notaMapping(1)({ [names.introduction]: ' Inleiding ' }).body).toEqual({
      introduction: 'Inleiding',
    });
    const amended = notaMapping(1)({
      [names.question]: 'q-1',
      [names.answer]: 'Nieuw',
      [names.reason]: 'Fout',
      [names.change]: 'consortium',
    });
    expect(amended.body).toEqual({
      amendments: [{ questionId: 'q-1', answer: 'Nieuw', reason: 'Fout', change: 'consortium' }],
    });
    expect(amended.fieldOf('body.amendments.0.reason')).toBe(names.reason);
    expect(amended.fieldOf('body.amendments.0.change')).toBe(names.change);
  });
});
