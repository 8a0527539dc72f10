/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { AccessibilityPage } from './view.tsx';

/** The accessibility statement (Besluit digitale toegankelijkheid overheid). */
export const accessibility = new Hono<SiteEnv>();

accessibility.get('/toegankelijkheid', (c) => render(c, <AccessibilityPage v={c.get('view')} />));
