// Progressive enhancement of the draft form: the funders' shares are added up as you type, with
// EZK's part, so the 50-50 rule shows before you save. Without this script the page works the
// same; the server checks the rule on saving.
document.addEventListener('DOMContentLoaded', () => {
  const output = document.querySelector('[data-share-total]');
  if (!output) return;
  const ezk = output.getAttribute('data-ezk-oin') || '';
  const template = output.getAttribute('data-text') || '{total} {ezk}';
  const percent = (value) => {
    const n = Number(String(value).trim().replace('%', '').replace(',', '.'));
    return Number.isFinite(n) ? n : 0;
  };
  const format = (n) =>
    `${n.toLocaleString(document.documentElement.lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 })}%`;
  const update = () => {
    let total = 0;
    let ezkShare = 0;
    for (let row = 1; row <= 4; row++) {
      const oin = document.getElementById(`funderOin${row}`);
      const share = document.getElementById(`funderShare${row}`);
      if (!oin || !share) continue;
      total += percent(share.value);
      if (oin.value.trim() === ezk) ezkShare += percent(share.value);
    }
    output.textContent = template.replace('{total}', format(total)).replace('{ezk}', format(ezkShare));
  };
  for (const element of document.querySelectorAll('[id^="funderOin"], [id^="funderShare"]')) {
    element.addEventListener('input', update);
  }
  update();
});
