import { Hono } from 'hono';
import type { SiteEnv } from '#web/kit/context.tsx';
import { about } from './about/route.tsx';
import { accessibility } from './accessibility/route.tsx';
import { callPage } from './call/route.tsx';
import { files } from './files/route.ts';
import { home } from './home/route.tsx';
import { listing } from './listing/route.tsx';
import { nota } from './nota/route.tsx';
import { openData } from './open-data/route.tsx';

/** Anyone's: no sign-in needed (asking a question about a call is a company's, guarded on its form). */
export const publicGroup = new Hono<SiteEnv>();

publicGroup.route('/', home);
publicGroup.route('/', listing);
publicGroup.route('/', files);
publicGroup.route('/', nota);
publicGroup.route('/', callPage);
publicGroup.route('/', openData);
publicGroup.route('/', accessibility);
publicGroup.route('/', about);
