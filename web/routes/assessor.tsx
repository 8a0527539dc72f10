/** @jsxImportSource hono/jsx */
import type { Hono } from 'hono';
import { routes } from '#shared/routes.ts';
import { CommitteesPage } from '#web/assessor/committees/view.tsx';
import { AssessPhasePage } from '#web/assessor/declarations/view.tsx';
import { ScorePage } from '#web/assessor/score/view.tsx';
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
import type { ChallengeView } from '#web/kit/types.ts';
import { emptyForm, type FormState } from '#web/kit/view.ts';
import { UUID } from './public.tsx';

/** An assessor's side: its committees, the conflict declarations, reading and scoring. */
export function assessorRoutes(app: Hono<SiteEnv>) {
  app.use('/beoordelen', only(['assessor']));
  app.use('/beoordelen/*', only(['assessor']));
  app.get('/beoordelen', async (c) => {
    const api = c.get('api');
    const mine = await api(routes.myCommittees);
    if (!mine.ok) throw new Error(`committees: ${mine.problem.type}`);
    const committees = await Promise.all(
      mine.data.items.map(async ({ challengeId, phase }) => {
        const [challenge, evaluation] = await Promise.all([
          api(routes.getChallenge, { params: { challengeId } }),
          api(routes.phaseEvaluation, { params: { challengeId, phase } }),
        ]);
        return {
          phase,
          ...(challenge.ok ? { challenge: challenge.data } : {}),
          ...(evaluation.ok ? { evaluation: evaluation.data } : {}),
        };
      }),
    );
    return render(
      c,
      <CommitteesPage
        v={c.get('view')}
        committees={committees.filter((x) => x.challenge)}
        flash={flash(c)}
      />,
    );
  });

  const phasePage = async (c: SiteContext, form = emptyForm(), status: 200 | 400 = 200) => {
    const challengeId = c.req.param('challengeId') ?? '';
    const phase = Number(c.req.param('phase'));
    if (!UUID.test(challengeId) || ![1, 2, 3].includes(phase)) return notFoundPage(c);
    const api = c.get('api');
    const [challenge, evaluation] = await Promise.all([
      api(routes.getChallenge, { params: { challengeId } }),
      api(routes.phaseEvaluation, { params: { challengeId, phase } }),
    ]);
    if (!challenge.ok || !evaluation.ok) return notFoundPage(c);
    return render(
      c,
      <AssessPhasePage
        v={c.get('view')}
        challenge={challenge.data}
        evaluation={evaluation.data}
        form={form}
        flash={flash(c)}
      />,
      status,
    );
  };

  app.get('/beoordelen/:challengeId/fase/:phase', async (c) => {
    return phasePage(c);
  });

  app.post('/beoordelen/:challengeId/fase/:phase/verklaren', async (c) => {
    const v = c.get('view');
    const challengeId = c.req.param('challengeId');
    const phase = c.req.param('phase');
    if (!UUID.test(challengeId) || !['1', '2', '3'].includes(phase)) return notFoundPage(c);
    const values = await formValues(c);
    const declarations = Object.entries(values)
      .filter(([name, value]) => name.startsWith('decl-') && (value === 'none' || value === 'conflict'))
      .map(([name, value]) => ({
        proposalId: name.slice('decl-'.length),
        conflictOfInterest: value === 'conflict',
      }))
      .filter((d) => UUID.test(d.proposalId));
    const form: FormState = { values, errors: {} };
    if (declarations.length === 0) {
      form.general = [v.t.form.chooseYesNo];
      return phasePage(c, form, 400);
    }
    const result = await c.get('api')(routes.declareConflicts, {
      params: { challengeId, phase },
      body: { declarations },
    });
    if (result.ok) return c.redirect(`/beoordelen/${challengeId}/fase/${phase}?melding=verklaard`, 303);
    Object.assign(
      form,
      formErrors(result.problem, v.lang, () => undefined),
    );
    return phasePage(c, form, 400);
  });

  const scorePage = async (c: SiteContext, form = emptyForm(), status: 200 | 400 = 200) => {
    const proposalId = c.req.param('proposalId') ?? '';
    const challengeId = c.req.query('oproep') ?? '';
    if (!UUID.test(proposalId) || !UUID.test(challengeId)) return notFoundPage(c);
    const api = c.get('api');
    const [proposal, challenge] = await Promise.all([
      api(routes.getProposal, { params: { proposalId } }),
      api(routes.getChallenge, { params: { challengeId } }),
    ]);
    // Before declaring (or after recusing) the proposal is not readable: the site's 404.
    if (!proposal.ok || !challenge.ok || proposal.data.challengeId !== challengeId) return notFoundPage(c);
    return render(
      c,
      <ScorePage
        v={c.get('view')}
        challenge={challenge.data as ChallengeView}
        proposal={proposal.data}
        form={form}
      />,
      status,
    );
  };

  app.get('/beoordelen/voorstel/:proposalId', async (c) => {
    return scorePage(c);
  });

  app.post('/beoordelen/voorstel/:proposalId', async (c) => {
    const v = c.get('view');
    const proposalId = c.req.param('proposalId');
    const challengeId = c.req.query('oproep') ?? '';
    if (!UUID.test(proposalId) || !UUID.test(challengeId)) return notFoundPage(c);
    const values = await formValues(c);
    const scores = Object.entries(values)
      .filter(([name]) => name.startsWith('score-'))
      .map(([name, value]) => ({
        criterion: name.slice('score-'.length),
        score: /^\d{1,2}$/.test(value) ? Number(value) : -1,
      }));
    const result = await c.get('api')(routes.scoreProposal, {
      params: { proposalId },
      body: { scores, motivation: values.motivation ?? '' },
    });
    const proposal = await c.get('api')(routes.getProposal, { params: { proposalId } });
    if (result.ok && proposal.ok)
      return c.redirect(`/beoordelen/${challengeId}/fase/${proposal.data.phase}?melding=gescoord`, 303);
    if (!result.ok && result.status === 404) return notFoundPage(c);
    const form: FormState = { values, errors: {} };
    if (!result.ok) {
      const fieldOf = (apiField: string) => {
        const [, top, index] = apiField.split('.');
        if (top === 'motivation') return 'motivation';
        if (top === 'scores')
          return scores[Number(index ?? 0)] ? `score-${scores[Number(index ?? 0)]!.criterion}` : undefined;
        return undefined;
      };
      Object.assign(form, formErrors(result.problem, v.lang, fieldOf));
    }
    return scorePage(c, form, 400);
  });
}
