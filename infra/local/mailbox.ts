import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the local mailbox keeps it. */
export interface ReceivedMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Header names in lower case (e.g. `list-unsubscribe`), values as sent. */
  headers: Record<string, string>;
}

export interface LocalMailbox {
  /** `smtp://127.0.0.1:<port>`: what the local SMTP port sends to (infra/local/smtp-mailer.ts). */
  url: string;
  messages: () => ReceivedMail[];
  stop: () => Promise<void>;
}

function received(parsed: ParsedMail, id: string): ReceivedMail {
  const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
  return {
    id,
    receivedAt: new Date().toISOString(),
    from: parsed.from?.text ?? '',
    to,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    // As sent (unfolded), not as mailparser structures them: what a mail client reads.
    headers: Object.fromEntries(
      parsed.headerLines.map(({ key, line }) => [
        key,
        line
          .slice(line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim(),
      ]),
    ),
  };
}

/** Reads a mailbox folder that `npm start` keeps (for `npm run mail` when nothing is running). */
export async function readMailFolder(dir: string): Promise<ReceivedMail[]> {
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort();
  } catch {
    return [];
  }
  return Promise.all(
    files.map(async (f) =>
      received(await simpleParser(readFileSync(path.join(dir, f))), f.replace(/\.eml$/, '')),
    ),
  );
}

/**
 * A real SMTP server in the process tree of `npm start` and the tests (smtp-server), parsing what
 * it receives with mailparser; kept in memory and, with a folder, as `.eml` files there.
 */
export async function startLocalMailbox(options: { dataDir?: string } = {}): Promise<LocalMailbox> {
  const kept: ReceivedMail[] = options.dataDir ? await readMailFolder(options.dataDir) : [];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  let counter = 0;
  const server = new SMTPServer({
    // Loopback only, no TLS and no login: a development mailbox, not a relay.
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    banner: 'innovatiemarkt local mailbox',
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const id = `${Date.now().toString(36)}-${(counter++).toString(36).padStart(4, '0')}`;
        simpleParser(raw)
          .then((parsed) => {
            kept.push(received(parsed, id));
            if (options.dataDir) writeFileSync(path.join(options.dataDir, `${id}.eml`), raw);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages: () => [...kept],
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
