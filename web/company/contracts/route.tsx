/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { deliverableMapping } from './form.ts';
import { ContractPage, ContractsPage, DeliverablePage } from './view.tsx';

/** A company's contracts: the milestones, submitting a deliverable (again, after a rejection). */
export const contracts = new Hono<SiteEnv>();

contracts.get('/mijn/opdrachten', async (c) => {
  const result = await c.get('api')(routes.myContracts);
  if (!result.ok) throw new Error(`contracts: ${result.problem.type}`);
  return render(c, <ContractsPage v={c.get('view')} contracts={result.data.items} flash={flash(c)} />);
});

const contractOf = async (c: SiteContext) => {
  const awardId = c.req.param('awardId') ?? '';
  if (!UUID.test(awardId)) return undefined;
  const result = await c.get('api')(routes.getContract, { params: { awardId } });
  return result.ok ? result.data : undefined;
};

contracts.get('/mijn/opdrachten/:awardId', async (c) => {
  const contract = await contractOf(c);
  if (!contract) return notFoundPage(c);
  return render(c, <ContractPage v={c.get('view')} contract={contract} flash={flash(c)} />);
});

const milestoneNumber = (c: SiteContext) => {
  const n = c.req.param('milestone') ?? '';
  return /^(?:[1-9]|1[0-2])$/.test(n) ? n : undefined;
};

const deliverablePage = async (c: SiteContext, form: FormState, status: 200 | 400 = 200) => {
  const contract = await contractOf(c);
  const n = milestoneNumber(c);
  const milestone = contract?.milestones.find((m) => String(m.number) === n);
  if (!contract || !milestone) return notFoundPage(c);
  return render(
    c,
    <DeliverablePage v={c.get('view')} contract={contract} milestone={milestone} form={form} />,
    status,
  );
};

contracts.get('/mijn/opdrachten/:awardId/mijlpalen/:milestone', (c) => deliverablePage(c, emptyForm()));

contracts.post('/mijn/opdrachten/:awardId/mijlpalen/:milestone', async (c) => {
  const awardId = c.req.param('awardId');
  const milestone = milestoneNumber(c);
  if (!UUID.test(awardId) || !milestone) return notFoundPage(c);
  return postForm(c, {
    route: routes.submitDeliverable,
    params: { awardId, milestone },
    map: deliverableMapping,
    redirect: () => `/mijn/opdrachten/${awardId}?melding=resultaat`,
    page: (form) => deliverablePage(c, form, 400),
  });
});
