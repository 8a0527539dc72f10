import { unprocessable } from '#shared/platform/errors.ts';
import type { Funder } from './model.ts';
import { BASIS_POINTS } from './split.ts';

/** EZK carries exactly half of a joint challenge (MKB-samenwerkingsagenda 2018-2019: "op 50-50 basis"). */
export const EZK_SHARE_BASIS_POINTS = 5_000;

/**
 * The co-funding rule. Shares add up to 100%. A joint challenge (more than one funder) has EZK as
 * one funder with exactly 50%; the other ministries/provinces share the other half as they agree.
 * A single funder carries 100%.
 */
export function checkCoFunding(
  funders: readonly Pick<Funder, 'oin' | 'shareBasisPoints'>[],
  ezkOin: string,
): void {
  const total = funders.reduce((sum, f) => sum + f.shareBasisPoints, 0);
  if (new Set(funders.map((f) => f.oin)).size !== funders.length) {
    throw unprocessable('duplicate-funder', 'Each funder may appear only once.');
  }
  if (total !== BASIS_POINTS) {
    throw unprocessable(
      'shares-do-not-add-up',
      `Funder shares add up to ${total / 100}%; they must add up to 100%.`,
      {
        totalBasisPoints: total,
      },
    );
  }
  if (funders.length > 1) {
    const ezk = funders.find((f) => f.oin === ezkOin);
    if (!ezk) {
      throw unprocessable(
        'missing-ezk-half',
        'A joint challenge is co-funded 50-50: EZK must carry half, and it is not a funder.',
        {
          ezkOin,
        },
      );
    }
    if (ezk.shareBasisPoints !== EZK_SHARE_BASIS_POINTS) {
      throw unprocessable(
        'missing-ezk-half',
        `A joint challenge is co-funded 50-50: EZK carries ${ezk.shareBasisPoints / 100}%, it must carry exactly 50%.`,
        { ezkOin, ezkBasisPoints: ezk.shareBasisPoints },
      );
    }
  }
}

export const sideOf = (oin: string, ezkOin: string): Funder['side'] => (oin === ezkOin ? 'ezk' : 'co-funder');
