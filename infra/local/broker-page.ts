import { ASSURANCE_NAMES, type AssuranceLevel } from '#shared/auth/assurance.ts';
import { DEMO_COMPANIES } from './demo-data.ts';

/**
 * The local broker's sign-in page: a test environment, said at the top, where one picks the
 * company one acts for and the level of assurance — what eHerkenning's or eIDAS's real pages
 * establish with a means of authentication. Plain HTML: it is the broker's page, not the site's.
 */
export const TEST_COMPANIES: { id: string; name: string }[] = [
  ...DEMO_COMPANIES.map((c) => ({ id: c.kvk, name: c.name })),
  // A company that never used the marketplace: its first sign-in starts it.
  { id: '69000001', name: 'Nieuwkomer Robotica B.V. (nieuw)' },
  // A company from another EU state, identified by its EUID (eIDAS).
  { id: 'DEK1101R.HRB116737', name: 'Rheinwerft GmbH (Duitsland, eIDAS)' },
];

const LEVELS: AssuranceLevel[] = ['eh2+', 'eh3', 'eh4', 'eidas-substantial', 'eidas-high'];

export interface BrokerPageInput {
  action: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  /** The level the site asked for (acr_values), if any. */
  requested?: AssuranceLevel;
  /** Officials: the fixed test secret of their second factor, and its code now. */
  totp?: { secret: string; code: string };
}

const html = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function brokerPage({ action, values, errors, requested, totp }: BrokerPageInput): string {
  const error = (name: string) =>
    errors[name] ? `<p class="error" id="${name}-error">${html(errors[name]!)}</p>` : '';
  const described = (name: string) =>
    errors[name] ? ` aria-describedby="${name}-error" aria-invalid="true"` : '';
  const checked = (name: string, value: string) => (values[name] === value ? ' checked' : '');
  const companies = TEST_COMPANIES.map(
    (c) =>
      `<label><input type="radio" name="company" value="${html(c.id)}"${checked('company', c.id)}> ${html(c.name)} <span class="id">${html(c.id)}</span></label>`,
  ).join('\n');
  const levels = LEVELS.map(
    (l) =>
      `<label><input type="radio" name="level" value="${l}"${checked('level', l)}> ${ASSURANCE_NAMES[l]}</label>`,
  ).join('\n');
  const summary = Object.keys(errors).length
    ? `<div role="alert" class="summary"><h2>Controleer de invoer</h2><ul>${Object.entries(errors)
        .map(([name, text]) => `<li><a href="#${name === 'other' ? 'other' : name}">${html(text)}</a></li>`)
        .join('')}</ul></div>`
    : '';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inloggen met eHerkenning of eIDAS (testomgeving)</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; line-height: 1.5; }
.banner { background: #ffe08a; padding: .5rem 1rem; font-weight: 600; }
main { max-width: 40rem; margin: 1.5rem auto; padding: 0 1rem; }
fieldset { border: 1px solid #888; margin: 0 0 1.25rem; padding: .75rem 1rem; }
legend { font-weight: 700; padding: 0 .25rem; }
label { display: block; margin: .35rem 0; }
.id { color: #555; font-size: .9em; }
input[type=text] { font: inherit; padding: .4rem; width: 100%; box-sizing: border-box; border: 1px solid #555; }
.error { color: #b00020; font-weight: 600; margin: .25rem 0; }
.summary { border: 3px solid #b00020; padding: .5rem 1rem; margin-bottom: 1rem; }
button { font: inherit; font-weight: 700; background: #154273; color: #fff; border: 0; padding: .6rem 1.2rem; cursor: pointer; }
button:focus, input:focus, a:focus { outline: 3px solid #ffb612; outline-offset: 2px; }
</style>
</head>
<body>
<p class="banner" role="note">Testomgeving: dit is niet de echte eHerkenning of eIDAS. Kies een testbedrijf en een niveau.</p>
<main>
<h1>Inloggen met eHerkenning of eIDAS</h1>
${requested ? `<p>De marktplaats vraagt ten minste niveau <strong>${ASSURANCE_NAMES[requested]}</strong>.</p>` : ''}
${summary}
<h2>Bedrijven: eHerkenning of eIDAS</h2>
<form method="post" action="${html(action)}" novalidate>
<input type="hidden" name="kind" value="company">
<fieldset><legend>Voor welk bedrijf handelt u?</legend>
${companies}
<label><input type="radio" name="company" value="other"${checked('company', 'other')}> Ander bedrijf</label>
<label for="other">KvK-nummer of EUID van het andere bedrijf</label>
${error('other')}
<input type="text" id="other" name="other" value="${html(values.other ?? '')}" autocomplete="off"${described('other')}>
</fieldset>
<fieldset${described('level')}><legend>Betrouwbaarheidsniveau</legend>
${error('level')}
${levels}
</fieldset>
<p><label for="person">Naam van de testpersoon</label>
${error('person')}
<input type="text" id="person" name="person" value="${html(values.person ?? '')}"${described('person')}></p>
<p><label for="intermediary">KvK-nummer van een intermediair die namens het bedrijf handelt (optioneel)</label>
${error('intermediary')}
<input type="text" id="intermediary" name="intermediary" value="${html(values.intermediary ?? '')}"${described('intermediary')}></p>
<button type="submit">Inloggen</button>
</form>
${
  totp
    ? `<h2>Ambtenaren: inloggen met uw account</h2>
<p>Een account krijgt u met een uitnodiging van uw beheerder. De tweede factor is hier een vaste testcode: geheim <code>${html(totp.secret)}</code>, nu <strong id="test-code">${html(totp.code)}</strong>.</p>
<form method="post" action="${html(action)}" novalidate>
<input type="hidden" name="kind" value="official">
<p><label for="email">E-mailadres</label>
${error('email')}
<input type="text" id="email" name="email" autocomplete="username" value="${html(values.email ?? '')}"${described('email')}></p>
<p><label for="password">Wachtwoord</label>
<input type="password" id="password" name="password" autocomplete="current-password"></p>
<p><label for="code">Code uit de authenticator-app</label>
<input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code"></p>
<button type="submit">Inloggen als ambtenaar</button>
</form>`
    : ''
}
</main>
</body>
</html>`;
}
