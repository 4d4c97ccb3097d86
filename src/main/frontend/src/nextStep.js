// «Обрабатываем Ваши данные» (templates/cabinet/status.html): a job is moving the member's journey on (mailing the
// signing code, linking to the registry, passing an application on), and the next step should appear by itself. A
// timed reload (<meta http-equiv="refresh">) would reload the page every few seconds, restarting a screen reader and
// moving the focus while the member reads it (WCAG 2.2.1; axe-core's «meta-refresh»). Instead the page asks the server once and
// the server answers when the next step is ready, or after 20 s with «not yet» (a long poll: /cabinet/next-step),
// and only then is the page reloaded. Without JavaScript the page's «Обновить страницу» link does the same by hand.
const RETRY_MS = 3000;
const marker = 'data-next-step-pending';

async function watch() {
  try {
    const response = await fetch('/cabinet/next-step', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      cache: 'no-store'
    });
    // signed out meanwhile: the server sends the page to /login, which the reload shows
    if (response.redirected || response.status === 401 || response.status === 403) {
      window.location.reload();
      return;
    }
    if (response.ok) {
      const answer = await response.json();
      if (answer.ready) {
        window.location.reload();
        return;
      }
      // the server waited for us: ask again at once
      watch();
      return;
    }
    // otherwise (429: this member already waits in other tabs; a server error) ask again later
  } catch (networkHiccup) {
    // offline for a moment: ask again later
  }
  window.setTimeout(watch, RETRY_MS);
}

if (document.querySelector(`[${marker}]`)) {
  watch();
}
