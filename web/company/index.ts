import { Hono } from 'hono';
import { only, type SiteEnv } from '#web/kit/context.tsx';
import { contracts } from './contracts/route.tsx';
import { decisions } from './decisions/route.tsx';
import { feedback } from './feedback/route.tsx';
import { files } from './files/route.ts';
import { followUps } from './follow-ups/route.tsx';
import { home } from './home/route.tsx';
import { invitations } from './invitations/route.tsx';
import { myProposals } from './my-proposals/route.tsx';
import { profile } from './profile/route.tsx';
import { proposal } from './proposal/route.tsx';
import { proposalForm } from './proposal-form/route.tsx';
import { receipt } from './receipt/route.tsx';
import { withdraw } from './withdraw/route.tsx';

/** A company's: its profile, its proposals from submission to feedback, letters and follow-up. */
export const company = new Hono<SiteEnv>();

// A proposal's file opens for whoever the API lets (the buyer and assessors too): before the guard.
company.route('/', files);
company.use('/mijn', only(['sme']));
company.use('/mijn/*', only(['sme']));
company.use('/voorstellen/*', only(['sme']));
company.use('/oproepen/:challengeId/fase/*', only(['sme']));
// A decision letter is read by the company it is addressed to and by the buyer who sent it.
company.use('/beslissingen/*', only(['sme', 'buyer']));
company.route('/', home);
company.route('/', profile);
company.route('/', proposalForm);
company.route('/', proposal);
company.route('/', receipt);
company.route('/', withdraw);
company.route('/', feedback);
company.route('/', myProposals);
company.route('/', invitations);
company.route('/', followUps);
company.route('/', contracts);
company.route('/', decisions);
