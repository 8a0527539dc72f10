/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { SelectionPage, selectionFields } from '#web/buyer/selection/view.tsx';
import {
  flash,
  formValues,
  notFoundPage,
  only,
  render,
  type SiteContext,
  type SiteEnv,
} from '#web/kit/context.tsx';
import { formErrors } from '#web/kit/forms.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { UUID } from './public.tsx';

/** An innovation partnership's selection of candidates (the lead buyer's, after phase 1 closes). */
export function selectionRoutes(app: Hono<SiteEnv>) {
  app.use('/beheer/oproepen/:challengeId/selectie', only(['buyer']));

  const page = async (c: SiteContext, form = emptyForm(), status: 200 | 400 = 200) => {
    const challengeId = c.req.param('challengeId') ?? '';
    if (!UUID.test(challengeId)) return notFoundPage(c);
    const api = c.get('api');
    const params = { challengeId, phase: 1 as const };
    const [challenge, requests, selection] = await Promise.all([
      api(routes.getChallenge, { params: { challengeId } }),
      api(routes.listPhaseProposals, { params }),
      api(routes.getSelection, { params }),
    ]);
    if (
      !challenge.ok ||
      challenge.data.leadBuyer.oin !== c.get('session')?.org ||
      challenge.data.instrument !== 'innovation-partnership' ||
      !requests.ok
    )
      return notFoundPage(c);
    return render(
      c,
      <SelectionPage
        v={c.get('view')}
        challenge={challenge.data}
        requests={requests.data.items}
        {...(selection.ok ? { selection: selection.data } : {})}
        form={form}
        {...(flash(c) ? { flash: flash(c)! } : {})}
      />,
      status,
    );
  };

  app.get('/beheer/oproepen/:challengeId/selectie', (c) => page(c));

  app.post('/beheer/oproepen/:challengeId/selectie', async (c) => {
    const v = c.get('view');
    const challengeId = c.req.param('challengeId');
    if (!UUID.test(challengeId)) return notFoundPage(c);
    const requests = await c.get('api')(routes.listPhaseProposals, { params: { challengeId, phase: 1 } });
    if (!requests.ok) return notFoundPage(c);
    const values = await formValues(c);
    const form: FormState = { values, errors: {} };
    // Every yes/no must be answered before anything is sent (the API would only say "invalid").
    for (const r of requests.data.items) {
      const names = selectionFields(r.id);
      // Named in full, so each line of the error summary says which candidate and which question.
      for (const [name, question] of [
        [names.suitable, v.t.selection.suitableQuestion],
        [names.invited, v.t.selection.invitedQuestion],
      ] as const)
        if (values[name] !== 'yes' && values[name] !== 'no')
          form.errors[name] = `${r.companyName}: ${question} ${v.t.selection.choose}`;
    }
    if (Object.keys(form.errors).length > 0) return page(c, form, 400);
    const candidates = requests.data.items.map((r) => {
      const names = selectionFields(r.id);
      return {
        proposalId: r.id,
        suitable: values[names.suitable] === 'yes',
        invited: values[names.invited] === 'yes',
        reasons: (values[names.reasons] ?? '').trim(),
      };
    });
    const result = await c.get('api')(routes.recordSelection, {
      params: { challengeId, phase: 1 },
      body: { candidates },
    });
    if (result.ok) return c.redirect(`/beheer/oproepen/${challengeId}/selectie?melding=selectie`, 303);
    if (result.status === 404) return notFoundPage(c);
    // body.candidates.3.reasons → the reasons field of the 4th request; body.candidates → the whole.
    const fieldOf = (field: string) => {
      const [, , index, name] = field.split('.');
      const request = index === undefined ? undefined : candidates[Number(index)];
      if (!request || !name) return 'candidates';
      const names = selectionFields(request.proposalId);
      return name === 'reasons' ? names.reasons : name === 'invited' ? names.invited : names.suitable;
    };
    Object.assign(form, formErrors(result.problem, v.lang, fieldOf));
    return page(c, form, 400);
  });
}
