// «Обрабатываем Ваши данные» (templates/cabinet/status.html): a job is moving the member's journey on (a mail
// going out), and the next step should appear by itself. A timed reload (<meta http-equiv="refresh">) would
// reload the page every few seconds, restarting a screen reader and moving the focus while the member reads it
// (WCAG 2.2.1; axe-core's «meta-refresh»). Instead this asks for the page in the background and opens it only
// once it is no longer this one. Without JavaScript the page's «Обновить страницу» link does the same by hand.
const WAIT_MS = 3000;
const marker = 'data-next-step-pending';

async function look() {
  try {
    const response = await fetch(window.location.href, {
      credentials: 'same-origin',
      headers: { Accept: 'text/html' },
      cache: 'no-store'
    });
    // a signed-out member is sent to /login by the server: that page has no marker either
    if (response.ok && !(await response.text()).includes(marker)) {
      window.location.reload();
      return;
    }
  } catch (networkHiccup) {
    // offline for a moment: look again later
  }
  window.setTimeout(look, WAIT_MS);
}

if (document.querySelector(`[${marker}]`)) {
  window.setTimeout(look, WAIT_MS);
}
