import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';

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

export const mailFrom = () => process.env.MAIL_FROM ?? 'Innovatiemarkt <noreply@innovatiemarkt.nl>';

/** A subject on one line: a line break typed into a title can never start a header of its own. */
export const oneLine = (subject: string) => subject.replace(/[\r\n]+/g, ' ');

/** The headers every message carries, whichever port sends it (RFC 8058 one-click unsubscribe). */
export const mailHeaders = (mail: OutgoingMail): Array<{ Name: string; Value: string }> => [
  { Name: 'List-Unsubscribe', Value: `<${mail.unsubscribeUrl}>` },
  { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
  { Name: 'Content-Language', Value: mail.language },
  { Name: 'Auto-Submitted', Value: 'auto-generated' },
];

/**
 * The sending port in AWS: Amazon SES v2 composes the MIME from the parts (so headers are
 * encoded by SES, not by us), with the configuration set that reports bounces and complaints.
 * SES sets its own Message-ID; exactly-once rests on the record written before sending.
 * Locally the runtime swaps in an SMTP port with the same headers (infra/local/smtp-mailer.ts).
 */
export function sesPort(client: SESv2Client = new SESv2Client({})): MailerPort {
  return {
    async send(mail) {
      const configurationSet = process.env.SES_CONFIGURATION_SET;
      const charset = 'UTF-8';
      const output = await client.send(
        new SendEmailCommand({
          FromEmailAddress: mailFrom(),
          Destination: { ToAddresses: [mail.to] },
          Content: {
            Simple: {
              Subject: { Data: oneLine(mail.subject), Charset: charset },
              Body: {
                Text: { Data: mail.text, Charset: charset },
                Html: { Data: mail.html, Charset: charset },
              },
              Headers: mailHeaders(mail),
            },
          },
          ...(configurationSet ? { ConfigurationSetName: configurationSet } : {}),
        }),
      );
      return { messageId: output.MessageId ?? mail.idempotencyKey };
    },
  };
}

let current: MailerPort | undefined;
export const mailer = (): MailerPort => {
  current ??= sesPort();
  return current;
};
/** Tests and the local runtime swap the port (undefined: SES again, as in Lambda). */
export const setMailer = (port: MailerPort | undefined) => {
  current = port;
};
