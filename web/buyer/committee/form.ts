import type { routes } from '#shared/routes.ts';
import type { BodyOf, FormMapping } from '#web/kit/form-post.ts';
import type { Evaluation } from '#web/kit/types.ts';

const ROWS = [1, 2, 3, 4, 5];

/** One assessor the buyer may name, from its directory (its own and the experts it invited). */
export interface Candidate {
  oin: string;
  assessorId: string;
  name: string;
}
/** A picked candidate's value: the OIN and the id, which the directory gave. */
export const candidateValue = (c: Pick<Candidate, 'oin' | 'assessorId'>) => `${c.oin}|${c.assessorId}`;

/**
 * A phase's committee: the assessors picked by name from the directory (`picked`, comma-joined),
 * and up to five more by OIN and own id (and a name), by row, for someone not in it.
 */
export function committeeMapping(
  values: Record<string, string>,
  candidates: readonly Candidate[] = [],
): FormMapping<BodyOf<typeof routes.nameCommittee>> {
  const byValue = new Map(candidates.map((c) => [candidateValue(c), c]));
  const picked = (values.picked ?? '')
    .split(',')
    .map((p) => byValue.get(p))
    .filter((c): c is Candidate => Boolean(c));
  const rows = ROWS.filter((n) => values[`assessorOin${n}`]?.trim() || values[`assessorId${n}`]?.trim());
  const reason = (values.reason ?? '').trim();
  return {
    body: {
      assessors: [
        ...picked.map((c) => ({ oin: c.oin, assessorId: c.assessorId, name: c.name })),
        ...rows.map((n) => ({
          oin: values[`assessorOin${n}`]?.trim() ?? '',
          assessorId: values[`assessorId${n}`]?.trim() ?? '',
          ...(values[`assessorName${n}`]?.trim() ? { name: values[`assessorName${n}`]!.trim() } : {}),
        })),
      ],
      ...(reason ? { reason } : {}),
    },
    fieldOf: (apiField) => {
      if (apiField === 'body.reason') return 'reason';
      if (apiField === 'body.assessors') return candidates.length > 0 ? 'picked' : 'assessorOin1';
      const [, , index, sub] = apiField.split('.');
      if (Number(index ?? 0) < picked.length) return 'picked';
      const row = rows[Number(index ?? 0) - picked.length] ?? 1;
      return sub === 'assessorId'
        ? `assessorId${row}`
        : sub === 'name'
          ? `assessorName${row}`
          : `assessorOin${row}`;
    },
    problemField: { 'duplicate-assessor': 'assessorOin1', 'reason-required': 'reason' },
  };
}

/** The form from the committee as it stands: the directory's people ticked, anyone else in a row. */
export function committeeValues(
  evaluation: Evaluation | undefined,
  candidates: readonly Candidate[] = [],
): Record<string, string> {
  const known = new Set(candidates.map(candidateValue));
  const assessors = evaluation?.committee?.assessors ?? [];
  const values: Record<string, string> = {
    picked: assessors
      .filter((a) => known.has(candidateValue(a)))
      .map(candidateValue)
      .join(','),
  };
  assessors
    .filter((a) => !known.has(candidateValue(a)))
    .forEach((a, i) => {
      values[`assessorOin${i + 1}`] = a.oin;
      values[`assessorId${i + 1}`] = a.assessorId;
      values[`assessorName${i + 1}`] = a.name ?? '';
    });
  if (!values.picked) delete values.picked;
  return values;
}
