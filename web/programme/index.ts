import { Hono } from 'hono';
import { only, type SiteEnv } from '#web/kit/context.tsx';
import { envelopes } from './envelopes/route.tsx';
import { home } from './home/route.tsx';
import { organisations } from './organisations/route.tsx';

/** The programme office's: the envelopes per year and the register of government organisations. */
export const programme = new Hono<SiteEnv>();

programme.use('/programma', only(['programme']));
programme.use('/programma/*', only(['programme']));
programme.route('/', home);
programme.route('/', envelopes);
programme.route('/', organisations);
