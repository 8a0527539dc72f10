import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import nodemailer, { type Transporter } from 'nodemailer';

/** One message, composed: the sending port turns it into MIME (headers encoded, never concatenated). */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Our own id: the Message-ID's local part, so a resent message is recognisably the same one. */
  idempotencyKey: string;
  /** RFC 8058: the one-click unsubscribe URL (List-Unsubscribe and List-Unsubscribe-Post). */
  unsubscribeUrl: string;
  language: 'nl' | 'en';
}

export interface MailerPort {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

const from = () => process.env.MAIL_FROM ?? 'Innovatiemarkt <noreply@innovatiemarkt.nl>';

/**
 * The one sending port: SMTP when `SMTP_URL` is set (the local mailbox), Amazon SES v2 otherwise
 * (with the configuration set that reports bounces and complaints). nodemailer composes the MIME
 * for both, so headers are encoded by a library, and a line break in a subject cannot add one.
 */
export function nodemailerPort(transport: Transporter = defaultTransport()): MailerPort {
  return {
    async send(mail) {
      const configurationSet = process.env.SES_CONFIGURATION_SET;
      const info = await transport.sendMail({
        from: from(),
        to: mail.to,
        subject: mail.subject.replace(/[\r\n]+/g, ' '),
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.idempotencyKey}@innovatiemarkt.nl>`,
        headers: {
          'Content-Language': mail.language,
          'Auto-Submitted': 'auto-generated',
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
        list: { unsubscribe: mail.unsubscribeUrl },
        ...(configurationSet ? { ses: { ConfigurationSetName: configurationSet } } : {}),
      });
      return { messageId: String(info.messageId) };
    },
  };
}

function defaultTransport(): Transporter {
  const smtp = process.env.SMTP_URL;
  if (smtp) return nodemailer.createTransport(smtp);
  return nodemailer.createTransport({ SES: { sesClient: new SESv2Client({}), SendEmailCommand } });
}

let current: MailerPort | undefined;
export const mailer = (): MailerPort => {
  current ??= nodemailerPort();
  return current;
};
/** Tests and the local runtime swap the port (undefined: build it again from the environment). */
export const setMailer = (port: MailerPort | undefined) => {
  current = port;
};
