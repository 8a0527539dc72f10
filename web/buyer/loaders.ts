import { routes } from '#shared/routes.ts';
import type { SiteContext } from '#web/kit/context.tsx';
import { UUID } from '#web/kit/ids.ts';

/** What the buyer's pages read besides their own answer. */

/** A call of the buyer's own organisation, or undefined (a wrong id, another buyer's call). */
export async function ownCall(c: SiteContext, challengeId: string) {
  if (!UUID.test(challengeId)) return undefined;
  const result = await c.get('api')(routes.getChallenge, { params: { challengeId } });
  if (!result.ok || result.data.leadBuyer.oin !== c.get('session')?.org) return undefined;
  return result.data;
}

/** The own published call and a phase of it, as the path names them. */
export async function phaseOf(c: SiteContext) {
  const call = await ownCall(c, c.req.param('challengeId') ?? '');
  const phase = Number(c.req.param('phase'));
  if (!call || call.status === 'draft' || !call.phases.some((p) => p.number === phase)) return undefined;
  return { call, phase };
}
