import { Hono } from 'hono';
import { only, type SiteEnv } from '#web/kit/context.tsx';
import { manageCall } from './call/route.tsx';
import { callForm } from './call-form/route.tsx';
import { myCalls } from './calls/route.tsx';
import { cancel } from './cancel/route.tsx';
import { committee } from './committee/route.tsx';
import { consents } from './consents/route.tsx';
import { contract } from './contract/route.tsx';
import { contracts } from './contracts/route.tsx';
import { correction } from './correction/route.tsx';
import { decisions } from './decisions/route.tsx';
import { documents } from './documents/route.tsx';
import { exclusions } from './exclusions/route.tsx';
import { home } from './home/route.tsx';
import { proposal } from './proposal/route.tsx';
import { publish } from './publish/route.tsx';
import { ranking } from './ranking/route.tsx';
import { selection } from './selection/route.tsx';

/** A buyer's: its calls from draft to contract; and, with the programme office, co-funders' consent. */
export const buyer = new Hono<SiteEnv>();

buyer.use('/beheer', only(['buyer']));
buyer.use('/beheer/*', only(['buyer']));
buyer.use('/medefinanciering', only(['buyer', 'programme']));
buyer.use('/medefinanciering/*', only(['buyer', 'programme']));
buyer.route('/', home);
buyer.route('/', myCalls);
// The new draft's form before the call's own page, whose path would take `nieuw` for an id.
buyer.route('/', callForm);
buyer.route('/', manageCall);
buyer.route('/', publish);
buyer.route('/', cancel);
buyer.route('/', proposal);
buyer.route('/', documents);
buyer.route('/', correction);
buyer.route('/', committee);
buyer.route('/', ranking);
buyer.route('/', exclusions);
// The contract's own pages after its end pages, whose paths are longer.
buyer.route('/', contracts);
buyer.route('/', contract);
buyer.route('/', decisions);
buyer.route('/', selection);
buyer.route('/', consents);
