import { routes } from '#shared/routes.ts';
import type { ApiClient } from '#web/kit/api.ts';
import type { SiteContext } from '#web/kit/context.tsx';
import { UUID } from '#web/kit/ids.ts';
import type { CallView } from '#web/kit/types.ts';

/** What the company's pages read besides their own answer: the call, the company's own proposal. */

/** The calls named by a list of ids, read once each (for titles in tables). */
export async function callsById(api: ApiClient, ids: string[]): Promise<Map<string, CallView>> {
  const unique = [...new Set(ids)];
  const results = await Promise.all(
    unique.map((challengeId) => api(routes.getChallenge, { params: { challengeId } })),
  );
  const map = new Map<string, CallView>();
  results.forEach((r, i) => {
    if (r.ok) map.set(unique[i]!, r.data);
  });
  return map;
}

/** The company's own proposal, or undefined when it is not (a wrong id, another company's). */
export async function loadOwnProposal(c: SiteContext, proposalId: string) {
  if (!UUID.test(proposalId)) return undefined;
  const result = await c.get('api')(routes.getProposal, { params: { proposalId } });
  if (!result.ok) {
    if ([400, 403, 404].includes(result.status)) return undefined;
    throw new Error(`proposal ${proposalId}: ${result.problem.type}`);
  }
  return result.data;
}

export async function loadCall(c: SiteContext, challengeId: string) {
  if (!UUID.test(challengeId)) return undefined;
  const result = await c.get('api')(routes.getChallenge, { params: { challengeId } });
  return result.ok ? result.data : undefined;
}
