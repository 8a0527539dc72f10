import { Hono } from 'hono';
import { only, type SiteEnv } from '#web/kit/context.tsx';
import { committees } from './committees/route.tsx';
import { declarations } from './declarations/route.tsx';
import { score } from './score/route.tsx';

/** An assessor's: its committees, the conflict declarations, reading and scoring. */
export const assessor = new Hono<SiteEnv>();

assessor.use('/beoordelen', only(['assessor']));
assessor.use('/beoordelen/*', only(['assessor']));
assessor.route('/', committees);
assessor.route('/', declarations);
assessor.route('/', score);
