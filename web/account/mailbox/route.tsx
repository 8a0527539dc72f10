/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { render, type SiteEnv } from '#web/kit/context.tsx';
import { MailboxPage } from './view.tsx';

/** Locally only: what the local SMTP server received, as a page and as JSON for the tests. */
export const mailbox = new Hono<SiteEnv>();

mailbox.get('/lokaal/post.json', (c) => {
  const received = c.get('options').localMailbox;
  if (!received) return c.notFound();
  return c.json({ items: [...received()].reverse().slice(0, 100) });
});

mailbox.get('/lokaal/post', (c) => {
  const received = c.get('options').localMailbox;
  if (!received) return c.notFound();
  return render(c, <MailboxPage v={c.get('view')} messages={[...received()].reverse().slice(0, 100)} />);
});
