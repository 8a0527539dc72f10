import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';

/** Each objection is answered in its own fields on the decisions page. */
export const objectionFields = (objectionId: string) => ({
  outcome: `uitkomst-${objectionId}`,
  reasons: `motivering-${objectionId}`,
});

/** An answer to an objection: upheld or rejected, with reasons. */
export const answerMapping =
  (objectionId: string) =>
  (values: Record<string, string>): FormMapping<BodyOf<typeof routes.answerObjection>> => {
    const names = objectionFields(objectionId);
    return {
      // An unchosen outcome goes to the API as it is, which names the field.
      body: {
        outcome: values[names.outcome] as 'upheld' | 'rejected',
        reasons: (values[names.reasons] ?? '').trim(),
      },
      fieldOf: (field) =>
        field === 'body.outcome' ? names.outcome : field === 'body.reasons' ? names.reasons : undefined,
    };
  };

/** The reason field of withdrawing one decision. */
export const withdrawField = (decisionId: string) => `reden-${decisionId}`;

/** Withdrawing a decision during its standstill, with a reason. */
export const withdrawMapping =
  (decisionId: string) =>
  (values: Record<string, string>): FormMapping<BodyOf<typeof routes.withdrawDecision>> => ({
    body: { reason: (values[withdrawField(decisionId)] ?? '').trim() },
    fieldOf: (field) => (field === 'body.reason' ? withdrawField(decisionId) : undefined),
  });

/** The reason field of reopening a phase's evaluation. */
export const reopenField = (phase: number) => `heropenen-${phase}`;

/** Reopening a phase's evaluation after an upheld complaint, with the reason (logged). */
export const reopenMapping =
  (phase: number) =>
  (values: Record<string, string>): FormMapping<BodyOf<typeof routes.reopenEvaluation>> => ({
    body: { reason: (values[reopenField(phase)] ?? '').trim() },
    fieldOf: (field) => (field === 'body.reason' ? reopenField(phase) : undefined),
    problemField: { 'not-reopenable': reopenField(phase) },
  });
