import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../constructs/marketplace-function.ts';
import { type ReceivedMail, readMailFolder } from './mailbox.ts';

/**
 * `npm run mail [-- --last 10] [--show 1] [--to address]`: the latest e-mail of the local
 * marketplace, newest first — from the running `npm start` (also with --in-memory), or from
 * `.local/mail/` when it is not running.
 */
const { values } = parseArgs({
  options: {
    last: { type: 'string', default: '10' },
    show: { type: 'string' },
    to: { type: 'string' },
  },
});

async function messages(): Promise<ReceivedMail[]> {
  const pointer = path.join(PROJECT_ROOT, '.local', 'mailbox.json');
  if (existsSync(pointer)) {
    const { siteUrl } = JSON.parse(readFileSync(pointer, 'utf8')) as { siteUrl: string };
    try {
      const response = await fetch(`${siteUrl}/lokaal/post.json`);
      if (response.ok) return ((await response.json()) as { items: ReceivedMail[] }).items;
    } catch {
      // not running: read the folder
    }
  }
  return (await readMailFolder(path.join(PROJECT_ROOT, '.local', 'mail'))).reverse();
}

const all = (await messages()).filter((m) => !values.to || m.to.includes(values.to));
if (values.show) {
  const message = all[Number(values.show) - 1];
  if (!message) {
    console.error(`No message ${values.show}; there are ${all.length}.`);
    process.exit(2);
  }
  console.log(
    `To:      ${message.to.join(', ')}\nSubject: ${message.subject}\nDate:    ${message.receivedAt}\n`,
  );
  console.log(message.text);
} else if (all.length === 0) {
  console.log('No e-mail yet. Sign in on the site, save a search (E-mail), and publish a call.');
} else {
  all.slice(0, Number(values.last)).forEach((m, i) => {
    console.log(
      `${String(i + 1).padStart(3)}  ${m.receivedAt.slice(0, 19).replace('T', ' ')}  ${m.to.join(', ')}\n     ${m.subject}`,
    );
  });
  console.log('\nnpm run mail -- --show 1   shows the first one in full');
}
