import { verifyToken } from '#shared/auth/tokens.ts';
import { httpHandler, implement } from '#shared/http/handler.ts';
import { notificationRoutes } from '#shared/notifications/routes.ts';
import {
  readPreferences,
  registerAddress,
  removeSearch,
  savedSearchesOf,
  savePreferences,
  saveSearch,
  unsubscribe,
} from '#shared/notifications/subscribers.ts';

// Only this function's route groups (and their schemas) are bundled with it.
const routes = { ...notificationRoutes };

export const handler = httpHandler(
  [
    implement(routes.registerAddress, async ({ caller }) => ({ body: await registerAddress(caller) })),
    implement(routes.getPreferences, async ({ caller }) => ({ body: await readPreferences(caller) })),
    implement(routes.putPreferences, async ({ caller, body }) => ({
      body: await savePreferences(caller, body),
    })),
    implement(routes.mySavedSearches, async ({ caller }) => ({
      body: { items: await savedSearchesOf(caller) },
    })),
    implement(routes.saveSearch, async ({ caller, body }) => ({ body: await saveSearch(caller, body) })),
    implement(routes.removeSearch, async ({ caller, params }) => {
      await removeSearch(caller, params.searchId);
      return { body: { items: await savedSearchesOf(caller) } };
    }),
    implement(routes.unsubscribe, async ({ body }) => ({ body: await unsubscribe(body) })),
  ],
  { verifyToken },
);
