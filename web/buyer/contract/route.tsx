/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { eurosForInput, type Lang } from '#web/i18n/format.ts';
import {
  flash,
  formValues,
  notFoundPage,
  render,
  type SiteContext,
  type SiteEnv,
} from '#web/kit/context.tsx';
import { amsterdamToday, type Contract } from '#web/kit/contracts.tsx';
import { sendOn } from '#web/kit/downloads.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { paymentMapping, reviewMapping, scheduleMapping, scheduleRows } from './form.ts';
import { BuyerContractPage, BuyerContractsPage, PaymentPage, ReviewPage, SchedulePage } from './view.tsx';

/** A buyer's contracts: the list, a contract's milestones, reviewing, paying, the payment schedule. */
export const contract = new Hono<SiteEnv>();

contract.get('/beheer/opdrachten', async (c) => {
  const result = await c.get('api')(routes.myContracts);
  if (!result.ok) throw new Error(`contracts: ${result.problem.type}`);
  return render(c, <BuyerContractsPage v={c.get('view')} contracts={result.data.items} flash={flash(c)} />);
});

const contractOf = async (c: SiteContext): Promise<Contract | undefined> => {
  const awardId = c.req.param('awardId') ?? '';
  if (!UUID.test(awardId)) return undefined;
  const result = await c.get('api')(routes.getContract, { params: { awardId } });
  return result.ok ? result.data : undefined;
};

contract.get('/beheer/opdrachten/:awardId', async (c) => {
  const found = await contractOf(c);
  if (!found) return notFoundPage(c);
  return render(c, <BuyerContractPage v={c.get('view')} contract={found} flash={flash(c)} />);
});

const milestoneParam = (c: SiteContext) => {
  const n = c.req.param('milestone') ?? '';
  return /^(?:[1-9]|1[0-2])$/.test(n) ? n : undefined;
};

type Step = 'review' | 'pay';
const stepPage = async (c: SiteContext, step: Step, form: FormState, status: 200 | 400 = 200) => {
  const found = await contractOf(c);
  const milestone = found?.milestones.find((m) => String(m.number) === milestoneParam(c));
  if (!found || !milestone) return notFoundPage(c);
  const v = c.get('view');
  return render(
    c,
    step === 'review' ? (
      <ReviewPage v={v} contract={found} milestone={milestone} form={form} />
    ) : (
      <PaymentPage v={v} contract={found} milestone={milestone} form={form} />
    ),
    status,
  );
};

contract.get('/beheer/opdrachten/:awardId/mijlpalen/:milestone/beoordelen', (c) =>
  stepPage(c, 'review', emptyForm()),
);
contract.get('/beheer/opdrachten/:awardId/mijlpalen/:milestone/betalen', (c) =>
  stepPage(c, 'pay', emptyForm({ paidOn: amsterdamToday(c.get('view').now) })),
);

/** The contract and milestone of a post, or undefined when the path names none. */
const postedIds = (c: SiteContext) => {
  const awardId = c.req.param('awardId') ?? '';
  const milestone = milestoneParam(c);
  return UUID.test(awardId) && milestone ? { awardId, milestone } : undefined;
};

/** The milestone's invoice as the file it is (UBL 2.1 XML), from the API with the buyer's token. */
contract.get('/beheer/opdrachten/:awardId/mijlpalen/:milestone/factuur.xml', async (c) => {
  const params = postedIds(c);
  if (!params) return notFoundPage(c);
  const result = await c.get('api')(routes.getInvoice, { params });
  if (!result.ok) return notFoundPage(c);
  return c.body(result.data.xml, 200, {
    'content-type': 'application/xml; charset=utf-8',
    'content-disposition': `attachment; filename="factuur-${result.data.invoiceNumber.replace(/[^A-Za-z0-9._-]/g, '_')}.xml"`,
    'cache-control': 'no-store',
  });
});

/** A submitted deliverable's document: the API checks who may, verifies and logs it, and hands out the URL. */
contract.get('/beheer/opdrachten/:awardId/mijlpalen/:milestone/bestanden/:fileId', async (c) => {
  const params = postedIds(c);
  const fileId = c.req.param('fileId');
  if (!params || !UUID.test(fileId)) return notFoundPage(c);
  return sendOn(c, await c.get('api')(routes.openDeliverableFile, { params: { ...params, fileId } }));
});

contract.post('/beheer/opdrachten/:awardId/mijlpalen/:milestone/beoordelen', async (c) => {
  const params = postedIds(c);
  if (!params) return notFoundPage(c);
  return postForm(c, {
    route: routes.reviewDeliverable,
    params,
    map: reviewMapping,
    redirect: () => `/beheer/opdrachten/${params.awardId}?melding=beoordeeld`,
    page: (form) => stepPage(c, 'review', form, 400),
  });
});

contract.post('/beheer/opdrachten/:awardId/mijlpalen/:milestone/betalen', async (c) => {
  const params = postedIds(c);
  if (!params) return notFoundPage(c);
  return postForm(c, {
    route: routes.recordPayment,
    params,
    map: paymentMapping,
    redirect: () => `/beheer/opdrachten/${params.awardId}?melding=betaald`,
    page: (form) => stepPage(c, 'pay', form, 400),
  });
});

/** The form filled with the contract's schedule as it stands. */
const scheduleValues = (found: Contract, lang: Lang): Record<string, string> => ({
  reviewDays: String(found.reviewDays),
  ...Object.fromEntries(
    found.milestones.flatMap((m) => [
      [`deliverable-${m.number}`, m.deliverable.nl],
      [`dueDate-${m.number}`, m.dueDate],
      [`amount-${m.number}`, eurosForInput(m.amountCents, lang)],
    ]),
  ),
});

const schedulePage = async (c: SiteContext, form: FormState | undefined, status: 200 | 400 = 200) => {
  const found = await contractOf(c);
  if (!found) return notFoundPage(c);
  return render(
    c,
    <SchedulePage
      v={c.get('view')}
      contract={found}
      form={form ?? emptyForm(scheduleValues(found, c.get('view').lang))}
    />,
    status,
  );
};

contract.get('/beheer/opdrachten/:awardId/betaalschema', (c) => schedulePage(c, undefined));

contract.post('/beheer/opdrachten/:awardId/betaalschema', async (c) => {
  const found = await contractOf(c);
  if (!found) return notFoundPage(c);
  const values = await formValues(c);
  return postForm(c, {
    route: routes.setSchedule,
    params: { awardId: found.awardId },
    values,
    map: (posted, v) => scheduleMapping(posted, v, scheduleRows(found.milestones.length)),
    redirect: () => `/beheer/opdrachten/${found.awardId}?melding=betaalschema`,
    page: (form) => schedulePage(c, form, 400),
  });
});
