/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { flash, notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { amsterdamToday } from '#web/kit/contracts.tsx';
import { sendOn } from '#web/kit/downloads.tsx';
import { FILE_FIELD } from '#web/kit/files.tsx';
import { postForm } from '#web/kit/form-post.ts';
import { UUID } from '#web/kit/ids.ts';
import { maxUploadMb, postedFile, uploadErrors, uploadThrough } from '#web/kit/uploads.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { deliverableMapping, invoiceDraftMapping, invoiceUploadMapping } from './form.ts';
import { ContractPage, ContractsPage, DeliverablePage, InvoicePage } from './view.tsx';

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

const deliverablePage = async (
  c: SiteContext,
  form: FormState,
  status: 200 | 400 = 200,
  upload?: FormState,
) => {
  const contract = await contractOf(c);
  const n = milestoneNumber(c);
  const milestone = contract?.milestones.find((m) => String(m.number) === n);
  if (!contract || !milestone) return notFoundPage(c);
  return render(
    c,
    <DeliverablePage
      v={c.get('view')}
      contract={contract}
      milestone={milestone}
      form={form}
      {...(upload ? { upload } : {})}
      maxUploadMb={maxUploadMb()}
      flash={flash(c)}
    />,
    status,
  );
};

contracts.get('/mijn/opdrachten/:awardId/mijlpalen/:milestone', (c) => deliverablePage(c, emptyForm()));

/** The contract and milestone a path names, or undefined. */
const pathIds = (c: SiteContext) => {
  const awardId = c.req.param('awardId') ?? '';
  const milestone = milestoneNumber(c);
  return UUID.test(awardId) && milestone ? { awardId, milestone } : undefined;
};

// A document for the deliverable: posted to the site, sent on to the store, checked by the API.
contracts.post('/mijn/opdrachten/:awardId/mijlpalen/:milestone/bestanden', async (c) => {
  const params = pathIds(c);
  if (!params) return notFoundPage(c);
  const { values, file } = await postedFile(c);
  const upload: FormState = { values, errors: {} };
  if (!file) upload.errors[FILE_FIELD] = c.get('view').t.documents.fileMissing;
  else {
    const api = c.get('api');
    const result = await uploadThrough(
      c,
      file,
      (body) => api(routes.requestDeliverableUpload, { params, body }),
      (uploadId, sha256) =>
        api(routes.completeDeliverableUpload, { params: { ...params, uploadId }, body: { sha256 } }),
    );
    if (result.ok)
      return c.redirect(
        `/mijn/opdrachten/${params.awardId}/mijlpalen/${params.milestone}?melding=bijlage#documenten`,
        303,
      );
    Object.assign(upload, uploadErrors(result.problem, c));
  }
  return deliverablePage(c, emptyForm(), 400, upload);
});

contracts.post('/mijn/opdrachten/:awardId/mijlpalen/:milestone/bestanden/:fileId/verwijderen', async (c) => {
  const params = pathIds(c);
  const fileId = c.req.param('fileId');
  if (!params || !UUID.test(fileId)) return notFoundPage(c);
  const result = await c.get('api')(routes.removeDeliverableFile, { params: { ...params, fileId } });
  if (result.ok)
    return c.redirect(
      `/mijn/opdrachten/${params.awardId}/mijlpalen/${params.milestone}?melding=bijlage-weg#documenten`,
      303,
    );
  return deliverablePage(c, emptyForm(), 400, { values: {}, ...uploadErrors(result.problem, c) });
});

/** A deliverable's document: the API checks who may, verifies and logs it, and hands out the URL. */
contracts.get('/mijn/opdrachten/:awardId/mijlpalen/:milestone/bestanden/:fileId', async (c) => {
  const params = pathIds(c);
  const fileId = c.req.param('fileId');
  if (!params || !UUID.test(fileId)) return notFoundPage(c);
  return sendOn(c, await c.get('api')(routes.openDeliverableFile, { params: { ...params, fileId } }));
});

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

const invoicePage = async (c: SiteContext, form: FormState, status: 200 | 400 = 200) => {
  const contract = await contractOf(c);
  const n = milestoneNumber(c);
  const milestone = contract?.milestones.find((m) => String(m.number) === n);
  if (!contract || !milestone) return notFoundPage(c);
  return render(
    c,
    <InvoicePage v={c.get('view')} contract={contract} milestone={milestone} form={form} />,
    status,
  );
};

/** The draft's defaults: today's date, 30 days' term, and the VAT number the company's profile knows. */
const draftDefaults = async (c: SiteContext): Promise<Record<string, string>> => {
  const profile = await c.get('api')(routes.getCompanyProfile);
  return {
    issueDate: amsterdamToday(c.get('view').now),
    paymentDays: '30',
    ...(profile.ok && profile.data.btwId ? { vatNumber: profile.data.btwId } : {}),
  };
};

contracts.get('/mijn/opdrachten/:awardId/mijlpalen/:milestone/factuur', async (c) =>
  invoicePage(c, emptyForm(await draftDefaults(c))),
);

contracts.post('/mijn/opdrachten/:awardId/mijlpalen/:milestone/factuur', async (c) => {
  const awardId = c.req.param('awardId');
  const milestone = milestoneNumber(c);
  if (!UUID.test(awardId) || !milestone) return notFoundPage(c);
  // The upload form sends a file: its text is the invoice (never kept by the site).
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body))
    if (typeof value === 'string') values[key] = value;
    else if (key === 'ubl' && value instanceof File && value.size > 0) values.ubl = await value.text();
  const upload = values.kind === 'upload';
  return postForm(c, {
    route: routes.submitInvoice,
    params: { awardId, milestone },
    values,
    map: upload ? invoiceUploadMapping : invoiceDraftMapping,
    redirect: () => `/mijn/opdrachten/${awardId}?melding=factuur`,
    // The uploaded text is not shown again; a refused upload leaves the draft form as it was offered.
    page: async (form) =>
      invoicePage(
        c,
        { ...form, values: { ...(upload ? await draftDefaults(c) : {}), ...form.values, ubl: '' } },
        400,
      ),
  });
});
