// Progressive enhancement of the upload forms: the file is sent with its progress shown (bar and
// percentage, announced politely to screen readers). Without this script the form posts as usual
// and the page works the same. Any answer but the next page is shown by posting the form normally.
document.addEventListener('DOMContentLoaded', () => {
  for (const form of document.querySelectorAll('form[data-upload-progress]')) {
    const bar = form.querySelector('progress');
    const status = form.querySelector('[data-upload-status]');
    const button = form.querySelector('button[type="submit"]');
    if (!bar || !status || !window.FormData || !window.XMLHttpRequest) continue;
    const template = status.getAttribute('data-text') || '{percent}%';
    form.addEventListener('submit', (event) => {
      const input = form.querySelector('input[type="file"]');
      if (!input?.files || input.files.length === 0) return; // the server says what is missing
      event.preventDefault();
      const request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.addEventListener('progress', (e) => {
        if (!e.lengthComputable) return;
        const percent = Math.round((e.loaded / e.total) * 100);
        bar.value = percent;
        status.textContent = template.replace('{percent}', String(percent));
      });
      request.addEventListener('load', () => {
        // A stored file ends on the page the server redirected to; anything else is shown as the
        // server renders it, by posting the form the ordinary way.
        if (request.status === 200 && request.responseURL && request.responseURL !== form.action) {
          window.location.assign(request.responseURL);
        } else {
          // The server answered (a refusal): posting again is a new attempt, not a retry of this
          // one, so it gets a new Idempotency-Key (the `_attempt` field).
          const attempt = form.querySelector('input[name="_attempt"]');
          if (attempt && window.crypto?.randomUUID) attempt.value = window.crypto.randomUUID();
          form.submit();
        }
      });
      request.addEventListener('error', () => form.submit());
      bar.hidden = false;
      bar.value = 0;
      if (button) button.disabled = true;
      request.send(new FormData(form));
    });
  }
});
