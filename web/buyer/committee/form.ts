import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { Evaluation } from '#web/kit/types.ts';

const ROWS = [1, 2, 3, 4, 5];

/** A phase's committee: up to five assessors, each by OIN and own id (and a name), by row. */
export function committeeMapping(
  values: Record<string, string>,
): FormMapping<BodyOf<typeof routes.nameCommittee>> {
  const rows = ROWS.filter((n) => values[`assessorOin${n}`]?.trim() || values[`assessorId${n}`]?.trim());
  const reason = (values.reason ?? '').trim();
  return {
    body: {
      assessors: rows.map((n) => ({
        oin: values[`assessorOin${n}`]?.trim() ?? '',
        assessorId: values[`assessorId${n}`]?.trim() ?? '',
        ...(values[`assessorName${n}`]?.trim() ? { name: values[`assessorName${n}`]!.trim() } : {}),
      })),
      ...(reason ? { reason } : {}),
    },
    fieldOf: (apiField) => {
      if (apiField === 'body.reason') return 'reason';
      const [, , index, sub] = apiField.split('.');
      const row = rows[Number(index ?? 0)] ?? 1;
      return sub === 'assessorId'
        ? `assessorId${row}`
        : sub === 'name'
          ? `assessorName${row}`
          : `assessorOin${row}`;
    },
    problemField: { 'duplicate-assessor': 'assessorOin1', 'reason-required': 'reason' },
  };
}

/** The form's rows from the committee as it stands. */
export function committeeValues(evaluation: Evaluation | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  (evaluation?.committee?.assessors ?? []).forEach((a, i) => {
    values[`assessorOin${i + 1}`] = a.oin;
    values[`assessorId${i + 1}`] = a.assessorId;
    values[`assessorName${i + 1}`] = a.name ?? '';
  });
  return values;
}
