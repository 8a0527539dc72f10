/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { AboutPage, GlossaryPage } from './view.tsx';

/** About the website (owner, contact, privacy, cookies) and the glossary, for everyone. */
export const about = new Hono<SiteEnv>();

about.get('/over-deze-website', (c) => render(c, <AboutPage v={c.get('view')} />));
about.get('/begrippen', (c) => render(c, <GlossaryPage v={c.get('view')} />));
