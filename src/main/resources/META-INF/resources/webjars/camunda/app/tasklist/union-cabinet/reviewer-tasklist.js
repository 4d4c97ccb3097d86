// Union Cabinet's additions to Tasklist, loaded through config.js `customScripts` (the supported way; see
// docs/operations.md, «Tasklist and Cockpit customisation»). What reviewers see changed:
//  - «Уведомления о заявлениях» in the header: the page where a reviewer chooses a mail per application or one a day;
//  - after «Завершить» on an application's review, what became of it (admitted with the e-ticket number, or refused),
//    read from the cabinet's /review/applications/{id}/outcome on the same web-app session.
// The cards' look (no process name or priority, the applicant and school in full, no Camunda 8 banner, no «Создать
// задачу» or «Запустить процесс») is CSS, in ../styles/user-styles.css.

const APPLICATION_LINK = 'a[href*="/review/applications/"]';
const COMPLETE_LABELS = ['Завершить', 'Complete'];
const POLL_EVERY_MS = 2000;
const POLL_FOR_MS = 3 * 60 * 1000;

let polling = null;

function outcomeNotice() {
  let notice = document.getElementById('union-cabinet-review-outcome');
  if (!notice) {
    notice = document.createElement('div');
    notice.id = 'union-cabinet-review-outcome';
    notice.className = 'union-cabinet-review-outcome';
    notice.setAttribute('role', 'status');
    notice.setAttribute('aria-live', 'polite');
    const text = document.createElement('p');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn btn-default btn-sm';
    close.textContent = 'Закрыть';
    close.addEventListener('click', () => { notice.hidden = true; });
    notice.append(text, close);
    document.body.appendChild(notice);
  }
  return notice;
}

function show(text) {
  const notice = outcomeNotice();
  notice.querySelector('p').textContent = text;
  notice.hidden = false;
}

/** Asks the cabinet what became of the application until the outcome is final or a few minutes have passed. */
function follow(applicationId) {
  clearTimeout(polling);
  const started = Date.now();
  const again = () => {
    if (Date.now() - started < POLL_FOR_MS) {
      polling = setTimeout(ask, POLL_EVERY_MS);
    }
  };
  const ask = () => fetch('/review/applications/' + encodeURIComponent(applicationId) + '/outcome', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then(response => (response.ok ? response.json() : null))
    .then(outcome => {
      if (outcome && outcome.decided) {
        show(outcome.text);
      }
      if (!outcome || !outcome.final) {
        again();
      }
    })
    .catch(again);
  polling = setTimeout(ask, 500);
}

// «Завершить» of a form that links an application: remember which, before Tasklist replaces the form
document.addEventListener('click', event => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button || !COMPLETE_LABELS.includes(button.textContent.trim())) {
    return;
  }
  const link = (button.closest('.task-details, [cam-tasklist-task], .task-card') || document).querySelector(APPLICATION_LINK);
  const match = link && /\/review\/applications\/([0-9a-fA-F-]{36})/.exec(link.getAttribute('href'));
  if (match) {
    follow(match[1]);
  }
}, true);

export default [
  {
    id: 'union-cabinet-review-notifications',
    pluginPoint: 'tasklist.navbar.action',
    priority: 50,
    render: node => {
      const link = document.createElement('a');
      link.href = '/review/notifications';
      link.className = 'union-cabinet-navbar-link';
      link.textContent = 'Уведомления о заявлениях';
      node.appendChild(link);
    }
  }
];
