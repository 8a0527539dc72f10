/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { yearOf } from '#web/kit/year-form.tsx';
import { ReportsIndexPage } from './view.tsx';

/** The reports an officer can open, for a year. */
export const reportsIndex = new Hono<SiteEnv>();

reportsIndex.get('/rapporten', (c) => render(c, <ReportsIndexPage v={c.get('view')} year={yearOf(c)} />));
