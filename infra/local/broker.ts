import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type Configuration, errors, type KoaContextWithOIDC } from 'oidc-provider';
import { Secret, TOTP } from 'otpauth';
import { ACR_VALUES, type AssuranceLevel, acrOf, HIGHEST_ASSURANCE } from '#shared/auth/assurance.ts';
import { BROKER_CLAIMS, companyFromBroker } from '#shared/auth/broker.ts';
import { CLAIMS, ROLES, type Role, scopeFor } from '#shared/auth/caller.ts';
import { companyIdScheme } from '#shared/kernel/company-id.ts';
import type { LocalAccounts } from './accounts.ts';
import { type BrokerPageInput, brokerPage, TEST_COMPANIES } from './broker-page.ts';

/**
 * The eHerkenning/eIDAS broker, locally: a real OpenID Connect provider (`oidc-provider`) on its
 * own port, with a test page where one picks a test company and a level of assurance. The site
 * signs in through it with the authorization code flow and PKCE, as it does through Cognito in
 * AWS. Its access tokens carry what Cognito's pre-token trigger puts in ours — role `sme`, the
 * company and the level, derived by the same function from the broker's claims — so the API
 * verifies them as it verifies every token (the broker's issuer and key are trusted locally).
 */
export const BROKER_CLIENT_ID = 'innovatiemarkt-site-local';
/** The API as a resource server: tokens for it are JWTs with our claims and a role scope. */
export const API_RESOURCE = 'urn:innovatiemarkt:api';
const ALG = 'ES256';

export interface LocalBroker {
  issuer: string;
  url: string;
  /** A site that signs companies in here: its callback URL becomes a registered redirect. */
  allowSite: (callbackUrl: string) => void;
  /** The public keys its tokens are signed with (the API trusts them locally). */
  jwks: { keys: JWK[] };
  /** The audience its access tokens name. */
  audience: string;
  stop: () => Promise<void>;
}

/** What an account id says: the company, the level, the person (a test name), the intermediary. */
interface TestLogin {
  kind?: 'company';
  actingFor: string;
  assurance: AssuranceLevel;
  person: string;
  intermediary?: string;
}
/** An official signed in with their account (password and TOTP), in the role they had then. */
interface OfficialLogin {
  kind: 'official';
  email: string;
  role: Role;
}
type Login = TestLogin | OfficialLogin;

/**
 * Who signed in, by account id — the token's `sub`: a company person's pseudonym (the same
 * person and company, the same id), an official's account id. Kept while the broker runs; after
 * a restart people sign in again.
 */
function loginRegistry() {
  const logins = new Map<string, Login>();
  return {
    accountIdOf(login: Login, officialSub?: string): string {
      const id = login.kind === 'official' ? officialSub! : pseudonym(login);
      logins.set(id, login);
      return id;
    },
    loginOf: (accountId: string): Login | undefined => logins.get(accountId),
  };
}

/**
 * The second factor of every local official: one fixed test secret, shown on the broker's page
 * (a real deployment has Cognito's TOTP, set up by each person at the first sign-in).
 */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const testTotp = () =>
  new TOTP({
    issuer: 'innovatiemarkt (test)',
    secret: Secret.fromBase32(TEST_TOTP_SECRET),
    digits: 6,
    period: 30,
  });
/** A pseudonymous person id, stable per person and company, as brokers give one. */
const pseudonym = (login: TestLogin) =>
  createHash('sha256').update(`${login.person}\n${login.actingFor}`).digest('hex').slice(0, 32);

async function brokerKey(directory: string): Promise<JWK> {
  const file = path.join(directory, 'broker-key.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const { privateKey } = await generateKeyPair(ALG, { extractable: true });
  const jwk = {
    ...(await exportJWK(privateKey)),
    kid: `broker-${Date.now().toString(36)}`,
    alg: ALG,
    use: 'sig',
  };
  mkdirSync(directory, { recursive: true });
  writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}

export async function startLocalBroker(options: {
  port: number;
  /** Where its key is kept (`.local/`), so tokens survive a restart. */
  stateDir: string;
  /** Officials' accounts (invitations create them), signed in with password and TOTP. */
  accounts?: LocalAccounts;
  audience: string;
  /** Access token lifetime in seconds (15 minutes, as in AWS). */
  accessTokenSeconds?: number;
}): Promise<LocalBroker> {
  const key = await brokerKey(options.stateDir);
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://localhost:${port}`;
  // Every role's scope is on offer; a grant holds only the scope of the signed-in person's role.
  const scope = ROLES.map(scopeFor).join(' ');
  /** The official behind a login while their account stands in the role they signed in with. */
  const officialOf = (login: Login) => {
    if (login.kind !== 'official') return undefined;
    const account = options.accounts?.find(login.email);
    return account && !account.disabled && account.role === login.role ? account : undefined;
  };
  const redirectUris: string[] = [];
  const { accountIdOf, loginOf } = loginRegistry();

  // Built at the first request: the site's address (its callback) is known by then.
  const configuration = (): Configuration => ({
    clients: [
      {
        client_id: BROKER_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: redirectUris,
        post_logout_redirect_uris: redirectUris.map((u) => new URL('/', u).href),
        id_token_signed_response_alg: ALG,
      },
    ],
    jwks: { keys: [key] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    acrValues: Object.keys(ACR_VALUES),
    claims: {
      openid: ['sub', 'name', 'email', BROKER_CLAIMS.kvk, BROKER_CLAIMS.euid, BROKER_CLAIMS.intermediary],
    },
    conformIdTokenClaims: false,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => API_RESOURCE,
        useGrantedResource: async () => true,
        // The API's scopes for this token: the signed-in person's role alone (as Cognito's trigger
        // grants one); before anyone signed in, every role's (to check what the site asks for).
        getResourceServerInfo: async (ctx, resource) => {
          if (resource !== API_RESOURCE) throw new errors.InvalidTarget();
          const entities = ctx.oidc.entities as Record<string, { accountId?: string } | undefined>;
          const accountId =
            entities.AuthorizationCode?.accountId ??
            entities.RefreshToken?.accountId ??
            ctx.oidc.session?.accountId;
          const login = accountId ? loginOf(accountId) : undefined;
          return {
            scope: login ? scopeFor(login.kind === 'official' ? login.role : 'sme') : scope,
            audience: options.audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenSeconds ?? 900,
            jwt: { sign: { alg: ALG } },
          };
        },
      },
    },
    // The site is this broker's one first-party client: no consent screen.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const session = ctx.oidc.session!;
      const clientId = ctx.oidc.client!.clientId;
      const existing = session.grantIdFor(clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: session.accountId! });
      grant.addOIDCScope('openid');
      // What the site asked for; the token carries only the role's scope (getResourceServerInfo).
      grant.addResourceScope(API_RESOURCE, scope);
      await grant.save();
      session.grantIdFor(clientId, grant.jti);
      return grant;
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    findAccount: async (_ctx, accountId) => {
      const login = loginOf(accountId);
      if (!login) return undefined;
      if (login.kind === 'official') {
        // A revoked account, or one whose role changed, signs in again (its refresh tokens fail).
        const account = officialOf(login);
        if (!account) return undefined;
        return {
          accountId,
          claims: async () => ({ sub: accountId, email: account.email, name: account.name }),
        };
      }
      return {
        accountId,
        claims: async () => ({
          sub: accountId,
          [companyIdScheme(login.actingFor) === 'kvk' ? BROKER_CLAIMS.kvk : BROKER_CLAIMS.euid]:
            login.actingFor,
          ...(login.intermediary ? { [BROKER_CLAIMS.intermediary]: login.intermediary } : {}),
        }),
      };
    },
    // What Cognito's pre-token trigger adds in AWS, from the same derivation.
    extraTokenClaims: async (_ctx, token) => {
      const login = 'accountId' in token && token.accountId ? loginOf(token.accountId) : undefined;
      if (!login) return undefined;
      if (login.kind === 'official') {
        const account = officialOf(login);
        return account
          ? { [CLAIMS.role]: account.role, [CLAIMS.org]: account.org, email: account.email }
          : undefined;
      }
      const company = companyFromBroker({
        actingFor: login.actingFor,
        acr: acrOf(login.assurance),
        intermediary: login.intermediary,
      });
      if ('refused' in company) return undefined;
      return {
        [CLAIMS.role]: 'sme',
        [CLAIMS.org]: company.org,
        [CLAIMS.assurance]: company.assurance,
        ...(company.intermediary ? { [CLAIMS.intermediary]: company.intermediary } : {}),
      };
    },
    ttl: {
      Session: 8 * 3600,
      Grant: 8 * 3600,
      RefreshToken: 8 * 3600,
      IdToken: 900,
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 900,
      Interaction: 600,
    },
  });
  let built: { provider: Provider; callback: ReturnType<Provider['callback']> } | undefined;
  const providerOf = () => {
    if (!built) {
      const provider = new Provider(issuer, configuration());
      built = { provider, callback: provider.callback() };
    }
    return built;
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    const interaction = /^\/interaction\/([\w-]+)$/.exec(url.pathname);
    if (!interaction) {
      providerOf().callback(req, res);
      return;
    }
    void handleInteraction(req, res).catch((error) => {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`De aanmelding is verlopen of ongeldig. Begin opnieuw bij de site. (${String(error)})`);
    });
  });

  async function handleInteraction(req: IncomingMessage, res: ServerResponse) {
    const { provider } = providerOf();
    const details = await provider.interactionDetails(req, res);
    const requested = String(details.params.acr_values ?? '')
      .split(' ')
      .map((acr) => ACR_VALUES[acr])
      .find(Boolean);
    const show = (input: BrokerPageInput, status = 200) => {
      res.statusCode = status;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.end(
        brokerPage({
          ...input,
          ...(options.accounts ? { totp: { secret: TEST_TOTP_SECRET, code: testTotp().generate() } } : {}),
        }),
      );
    };
    if (req.method !== 'POST') {
      show({
        action: `/interaction/${details.uid}`,
        values: { company: TEST_COMPANIES[0]!.id, level: requested ?? 'eh3', person: 'Test Persoon' },
        errors: {},
        ...(requested ? { requested } : {}),
      });
      return;
    }
    const values = Object.fromEntries(new URLSearchParams(await readBody(req)));
    const errors: Record<string, string> = {};
    if (values.kind === 'official') {
      const account = options.accounts?.verify(values.email ?? '', values.password ?? '');
      const codeOk =
        testTotp().validate({ token: (values.code ?? '').replace(/\s/g, ''), window: 1 }) !== null;
      if (!account || !codeOk) {
        show(
          {
            action: `/interaction/${details.uid}`,
            values: { ...values, password: '' },
            errors: { email: 'Het e-mailadres, het wachtwoord of de code klopt niet.' },
            ...(requested ? { requested } : {}),
          },
          400,
        );
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        {
          login: {
            accountId: accountIdOf(
              { kind: 'official', email: account.email, role: account.role },
              account.sub,
            ),
          },
        },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const actingFor = values.company === 'other' ? (values.other ?? '') : (values.company ?? '');
    const level = (Object.values(ACR_VALUES) as string[]).includes(values.level ?? '')
      ? (values.level as AssuranceLevel)
      : undefined;
    if (!level) errors.level = 'Kies een betrouwbaarheidsniveau.';
    const person = (values.person ?? '').trim().slice(0, 100);
    if (!person) errors.person = 'Geef de testpersoon een naam.';
    const intermediary = (values.intermediary ?? '').trim();
    const company = companyFromBroker({
      actingFor,
      acr: acrOf(level ?? HIGHEST_ASSURANCE),
      intermediary,
    });
    if ('refused' in company)
      errors[company.refused === 'invalid-intermediary' ? 'intermediary' : 'other'] =
        company.refused === 'invalid-intermediary'
          ? 'Een intermediair heeft een KvK-nummer van 8 cijfers.'
          : 'Geef een KvK-nummer van 8 cijfers of een EUID (zoals DEK1101R.HRB116737).';
    if (Object.keys(errors).length > 0 || 'refused' in company) {
      show(
        { action: `/interaction/${details.uid}`, values, errors, ...(requested ? { requested } : {}) },
        400,
      );
      return;
    }
    const login: TestLogin = {
      actingFor: company.org,
      assurance: level!,
      person,
      ...(company.intermediary ? { intermediary: company.intermediary } : {}),
    };
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: accountIdOf(login), acr: acrOf(level!) } },
      { mergeWithLastSubmission: false },
    );
  }

  return {
    issuer,
    url: issuer,
    allowSite: (callbackUrl) => {
      if (redirectUris.includes(callbackUrl)) return;
      redirectUris.push(callbackUrl);
      built = undefined; // the client's registration changed: built again at the next request
    },
    audience: options.audience,
    jwks: { keys: [publicJwk(key)] },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const publicJwk = ({ d: _private, ...rest }: JWK): JWK => rest;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
