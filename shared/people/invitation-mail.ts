import { config } from '#shared/platform/config.ts';
import { mailer } from '#shared/platform/mailer.ts';

/**
 * The invitation's e-mail: the one place its code travels (stored only as a hash, in no event).
 * Sent once the invitation is stored; should sending fail, the one who invited has the link in
 * the answer and can pass it on. Dutch first, English below.
 */
const html = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export async function sendInvitation(
  invitation: {
    id: string;
    email: string;
    name: string;
    organisationName: string;
    role: string;
    expiresAt: string;
    expert?: { organisationName: string };
  },
  code: string,
): Promise<string> {
  const link = new URL(`/uitnodiging/${invitation.id}`, config.publicSiteUrl());
  link.searchParams.set('code', code);
  const until = new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(invitation.expiresAt));
  const what = invitation.expert
    ? 'als externe deskundige in een beoordelingscommissie'
    : `met de rol ${ROLE_NL[invitation.role] ?? invitation.role}`;
  const lines = [
    `Beste ${invitation.name},`,
    `${invitation.organisationName} nodigt u uit voor de Innovatiemarkt, ${what}.`,
    `Open de link hieronder, kies een wachtwoord en stel bij de eerste keer inloggen een tweede factor in (een app voor eenmalige codes). De link werkt één keer, tot ${until}.`,
    'Verwachtte u deze uitnodiging niet? Dan kunt u dit bericht negeren.',
    '',
    `${invitation.organisationName} invites you to the Innovatiemarkt. Open the link below, choose a password and set up a second factor when you first sign in. The link works once, until ${until} (Amsterdam time).`,
  ];
  const subject = `Uitnodiging voor de Innovatiemarkt van ${invitation.organisationName}`;
  await mailer()
    .send({
      to: invitation.email,
      subject,
      text: [...lines, '', `Uitnodiging aannemen / Accept: ${link.href}`].join('\n'),
      html: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${html(subject)}</title></head><body style="font-family:sans-serif;line-height:1.5">${lines
        .filter(Boolean)
        .map((l) => `<p>${html(l)}</p>`)
        .join(
          '',
        )}<p><a href="${html(link.href)}">Uitnodiging aannemen / Accept the invitation</a></p></body></html>`,
      idempotencyKey: `invitation.${invitation.id}`,
      // Not a list: the one-click header points at the e-mail settings page.
      unsubscribeUrl: new URL('/mijn/e-mail', config.publicSiteUrl()).href,
      language: 'nl',
    })
    .catch((error: unknown) => {
      console.warn(JSON.stringify({ level: 'WARN', message: 'invitation not sent', error: String(error) }));
    });
  return link.href;
}

const ROLE_NL: Record<string, string> = {
  buyer: 'opdrachtgever',
  officer: 'inkoopadviseur',
  assessor: 'beoordelaar',
  administrator: 'beheerder',
};
