import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { type OutgoingMail, sesPort } from '#shared/platform/mailer.ts';

const ses = mockClient(SESv2Client);
afterEach(() => {
  ses.reset();
  delete process.env.SES_CONFIGURATION_SET;
});

const mail: OutgoingMail = {
  to: 'inkoop@pzh.example',
  subject: 'Nieuwe vraag over\r\nBcc: attacker@example.com',
  text: 'Er is een vraag gesteld.',
  html: '<p>Er is een vraag gesteld.</p>',
  idempotencyKey: 'question-asked-1',
  unsubscribeUrl: 'https://innovatiemarkt.example/afmelden?t=abc',
  language: 'nl',
};

describe('the SES sending port', () => {
  it('sends the parts for SES to compose, with the unsubscribe headers and the configuration set', async () => {
    process.env.SES_CONFIGURATION_SET = 'innovatiemarkt-mail';
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });
    const sent = await sesPort(new SESv2Client({ region: 'eu-west-1' })).send(mail);
    expect(sent.messageId).toBe('ses-1');
    const input = ses.commandCalls(SendEmailCommand)[0]!.args[0].input;
    expect(input.Destination).toEqual({ ToAddresses: ['inkoop@pzh.example'] });
    expect(input.ConfigurationSetName).toBe('innovatiemarkt-mail');
    const simple = input.Content!.Simple!;
    // A line break typed into a subject cannot start a header of its own.
    expect(simple.Subject!.Data).toBe('Nieuwe vraag over Bcc: attacker@example.com');
    expect(simple.Body!.Text!.Data).toBe(mail.text);
    expect(simple.Body!.Html!.Data).toBe(mail.html);
    expect(simple.Headers).toEqual(
      expect.arrayContaining([
        { Name: 'List-Unsubscribe', Value: '<https://innovatiemarkt.example/afmelden?t=abc>' },
        { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
        { Name: 'Content-Language', Value: 'nl' },
      ]),
    );
  });

  it('passes a refusal on, so the consumer retries and the record before sending keeps it to one', async () => {
    ses.on(SendEmailCommand).rejects(new Error('Throttling: Maximum sending rate exceeded.'));
    await expect(sesPort(new SESv2Client({ region: 'eu-west-1' })).send(mail)).rejects.toThrow(/Throttling/);
  });
});
