import { Hono } from 'hono';
import { ROLES } from '#shared/auth/caller.ts';
import { only, type SiteEnv } from '#web/kit/context.tsx';
import { invitation } from './invitation/route.tsx';
import { language } from './language/route.ts';
import { mail } from './mail/route.tsx';
import { mailbox } from './mailbox/route.tsx';
import { members } from './members/route.tsx';
import { signIn } from './sign-in/route.tsx';
import { unsubscribe } from './unsubscribe/route.tsx';

/** Everyone's: signing in and out, the language, one's e-mail settings, unsubscribing. */
export const account = new Hono<SiteEnv>();

// E-mail settings are for whoever is signed in, in any role.
account.use('/mijn/e-mail', only(ROLES));
account.use('/mijn/e-mail/*', only(ROLES));
account.route('/', signIn);
account.route('/', language);
account.route('/', mail);
account.route('/', unsubscribe);
account.route('/', mailbox);
account.route('/', invitation);
account.route('/', members);
