import type { CallChange } from '#shared/kernel/vocabulary.ts';
import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import { notaFields } from './nota-form.tsx';

/** The answer to one question, typed in its own field on the call's page (`answer-<questionId>`). */
export const answerField = (questionId: string) => `answer-${questionId}`;

/** The question as it will be published, where the buyer takes out what identifies the asker. */
export const publishedField = (questionId: string) => `published-${questionId}`;

export const answerMapping =
  (questionId: string) =>
  (values: Record<string, string>): FormMapping<BodyOf<typeof routes.answerQuestion>> => {
    const published = (values[publishedField(questionId)] ?? '').trim();
    return {
      body: {
        answer: values[answerField(questionId)] ?? '',
        ...(published ? { publishedQuestion: published } : {}),
      },
      fieldOf: (field) =>
        field === 'body.publishedQuestion' ? publishedField(questionId) : answerField(questionId),
      problemField: { 'already-answered': answerField(questionId) },
    };
  };

/** A phase's nota van inlichtingen: a word before the questions, perhaps one answer amended. */
export const notaMapping =
  (phase: number) =>
  (values: Record<string, string>): FormMapping<BodyOf<typeof routes.publishNota>> => {
    const names = notaFields(phase);
    const typed = (name: string) => (values[name] ?? '').trim();
    const amend = typed(names.question);
    return {
      body: {
        ...(typed(names.introduction) ? { introduction: typed(names.introduction) } : {}),
        ...(amend
          ? {
              amendments: [
                {
                  questionId: amend,
                  answer: typed(names.answer),
                  reason: typed(names.reason),
                  change: typed(names.change) as CallChange,
                },
              ],
            }
          : {}),
      },
      fieldOf: (field) =>
        field === 'body.introduction'
          ? names.introduction
          : field.endsWith('.questionId')
            ? names.question
            : field.endsWith('.answer')
              ? names.answer
              : field.endsWith('.reason')
                ? names.reason
                : field.endsWith('.change')
                  ? names.change
                  : undefined,
    };
  };
