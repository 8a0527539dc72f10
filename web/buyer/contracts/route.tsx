/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { completeMapping, terminateMapping } from './form.ts';
import { EndContractPage } from './view.tsx';

/** Ending a contract: complete (with the final amount) or terminate (with a reason and what was spent). */
export const contracts = new Hono<SiteEnv>();

type Kind = 'complete' | 'terminate';

const page = async (c: SiteContext, kind: Kind, form: FormState, status: 200 | 400 = 200) => {
  const awardId = c.req.param('awardId') ?? '';
  const challengeId = c.req.query('oproep') ?? '';
  if (!UUID.test(awardId) || !UUID.test(challengeId)) return notFoundPage(c);
  const [award, contract] = await Promise.all([
    c.get('api')(routes.getAward, { params: { awardId } }),
    c.get('api')(routes.getContract, { params: { awardId } }),
  ]);
  if (!award.ok || award.data.challengeId !== challengeId) return notFoundPage(c);
  // Accepted (paid or to pay): what a termination still pays.
  const acceptedCents = contract.ok
    ? contract.data.milestones
        .filter((m) => m.status === 'accepted' || m.status === 'paid')
        .reduce((sum, m) => sum + m.amountCents, 0)
    : 0;
  return render(
    c,
    <EndContractPage
      v={c.get('view')}
      award={award.data}
      kind={kind}
      challengeId={challengeId}
      acceptedCents={acceptedCents}
      form={form}
    />,
    status,
  );
};

const ids = (c: SiteContext) => {
  const awardId = c.req.param('awardId') ?? '';
  const challengeId = c.req.query('oproep') ?? '';
  return UUID.test(awardId) && UUID.test(challengeId) ? { awardId, challengeId } : undefined;
};

contracts.get('/beheer/opdrachten/:awardId/afronden', (c) => page(c, 'complete', emptyForm()));
contracts.get('/beheer/opdrachten/:awardId/beeindigen', (c) => page(c, 'terminate', emptyForm()));

contracts.post('/beheer/opdrachten/:awardId/afronden', async (c) => {
  const found = ids(c);
  if (!found) return notFoundPage(c);
  return postForm(c, {
    route: routes.completeAward,
    params: { awardId: found.awardId },
    map: completeMapping,
    redirect: () => `/beheer/oproepen/${found.challengeId}?melding=afgerond#opdrachten`,
    page: (form) => page(c, 'complete', form, 400),
  });
});

contracts.post('/beheer/opdrachten/:awardId/beeindigen', async (c) => {
  const found = ids(c);
  if (!found) return notFoundPage(c);
  return postForm(c, {
    route: routes.terminateAward,
    params: { awardId: found.awardId },
    map: terminateMapping,
    redirect: () => `/beheer/oproepen/${found.challengeId}?melding=beeindigd#opdrachten`,
    page: (form) => page(c, 'terminate', form, 400),
  });
});
