import nodemailer from 'nodemailer';
import { type MailerPort, mailFrom, mailHeaders, oneLine } from '#shared/platform/mailer.ts';

/**
 * The sending port locally: SMTP to the in-process mailbox, the MIME composed by nodemailer
 * (headers encoded by a library), with the same headers as SES sends in AWS. Kept out of the
 * Lambda bundles, which send through SES (shared/platform/mailer.ts).
 */
export function smtpPort(url: string): MailerPort {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from: mailFrom(),
        to: mail.to,
        subject: oneLine(mail.subject),
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.idempotencyKey}@innovatiemarkt.nl>`,
        headers: Object.fromEntries(mailHeaders(mail).map(({ Name, Value }) => [Name, Value])),
      });
      return { messageId: String(info.messageId) };
    },
  };
}
