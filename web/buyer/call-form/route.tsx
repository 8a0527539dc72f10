/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { notFoundPage, render, type SiteContext, type SiteEnv } from '#web/kit/context.tsx';
import { formLists, postForm } from '#web/kit/form-post.ts';
import type { CallView } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { ownCall } from '../loaders.ts';
import { groupTexts } from '../messages.ts';
import { callMapping, callValues } from './form.ts';
import { CallFormPage } from './view.tsx';

/** A draft call: created with the SBIR defaults filled in, changed until it is published. */
export const callForm = new Hono<SiteEnv>();

/** The register of government bodies (possible funders), and which of them is EZK (for the live 50-50 sum). */
async function knownFunders(c: SiteContext) {
  const api = c.get('api');
  const [register, envelopes] = await Promise.all([
    api(routes.listGovernmentOrganisations),
    api(routes.listEnvelopes, { params: { year: c.get('view').now.getUTCFullYear() } }),
  ]);
  const funders = register.ok ? register.data.items.map(({ oin, name }) => ({ oin, name })) : [];
  const ezkOin = envelopes.ok ? envelopes.data.envelopes.find((e) => e.side === 'ezk')?.holderOin : undefined;
  return { funders, ezkOin };
}

const draftForm = async (c: SiteContext, form: FormState, call?: CallView, status: 200 | 400 = 200) => {
  const v = c.get('view');
  const known = await knownFunders(c);
  return render(
    c,
    <CallFormPage
      v={v}
      form={form}
      action={call ? `/beheer/oproepen/${call.id}/wijzigen` : '/beheer/oproepen/nieuw'}
      title={call ? groupTexts(v).editCall : groupTexts(v).newCall}
      {...(call ? { call } : {})}
      knownFunders={known.funders}
      {...(known.ezkOin ? { ezkOin: known.ezkOin } : {})}
    />,
    status,
  );
};

/** Checked boxes arrive as repeated fields; the form keeps them comma-separated. */
const CHECKED = ['cpv', 'phase2', 'phase3'] as const;

callForm.get('/beheer/oproepen/nieuw', (c) =>
  draftForm(c, emptyForm(callValues(undefined, c.get('view').lang))),
);

callForm.post('/beheer/oproepen/nieuw', async (c) => {
  const { values } = await formLists(c, CHECKED);
  return postForm(c, {
    route: routes.createChallenge,
    values,
    map: callMapping,
    redirect: (created) => `/beheer/oproepen/${created.id}?melding=concept`,
    page: (form) => draftForm(c, form, undefined, 400),
  });
});

callForm.get('/beheer/oproepen/:challengeId/wijzigen', async (c) => {
  const call = await ownCall(c, c.req.param('challengeId'));
  if (call?.status !== 'draft') return notFoundPage(c);
  return draftForm(c, emptyForm(callValues(call, c.get('view').lang)), call);
});

callForm.post('/beheer/oproepen/:challengeId/wijzigen', async (c) => {
  const call = await ownCall(c, c.req.param('challengeId'));
  if (call?.status !== 'draft') return notFoundPage(c);
  const { values } = await formLists(c, CHECKED);
  return postForm(c, {
    route: routes.updateChallenge,
    params: { challengeId: call.id },
    values,
    map: (values, v) => {
      const mapped = callMapping(values, v);
      // A patch: a partnership's terms are removed when the call is no longer a partnership.
      return {
        ...mapped,
        body: { ...mapped.body, innovationPartnership: mapped.body.innovationPartnership ?? null },
      };
    },
    redirect: () => `/beheer/oproepen/${call.id}?melding=concept`,
    page: (form) => draftForm(c, form, call, 400),
  });
});
