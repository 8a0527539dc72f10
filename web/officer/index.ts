import { Hono } from 'hono';
import { only, type SiteEnv } from '#web/kit/context.tsx';
import { audit } from './audit/route.tsx';
import { awards } from './awards/route.tsx';
import { coFunding } from './co-funding/route.tsx';
import { followUp } from './follow-up/route.tsx';
import { reportsIndex } from './index/route.tsx';
import { payments } from './payments/route.tsx';
import { pipeline } from './pipeline/route.tsx';
import { settlements } from './settlements/route.tsx';

/** Procurement officers' (the programme office reads them too): reports, the register, the audit trail. */
export const officer = new Hono<SiteEnv>();

officer.use('/rapporten', only(['officer', 'programme']));
officer.use('/rapporten/*', only(['officer', 'programme']));
officer.route('/', reportsIndex);
officer.route('/', coFunding);
officer.route('/', awards);
officer.route('/', pipeline);
officer.route('/', followUp);
officer.route('/', audit);
officer.route('/', payments);
officer.route('/', settlements);
