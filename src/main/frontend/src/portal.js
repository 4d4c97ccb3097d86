/*
 * Member portal: renders the Camunda Form of a step with the form-js 1.8.7 viewer
 * (the version Camunda 7.24 Tasklist uses) and posts the data to the server.
 *
 * Page contract (rendered by the server):
 *   <meta name="_csrf" content="…"><meta name="_csrf_header" content="X-CSRF-TOKEN">
 *   <div id="step-alert" role="alert" aria-live="assertive" hidden></div>
 *   <div id="step" data-submit-url="/cabinet/steps/TASKID"></div>
 *   <script type="application/json" id="step-schema">{…form-js schema…}</script>
 *   <script type="application/json" id="step-data">{…initial data…}</script>
 */
import { Form } from '@bpmn-io/form-js-viewer';
import { RussianValidationModule } from './validator.js';
import { PlainValuesModule } from './plainValues.js';
import { ServerComboboxModule } from './serverCombobox.js';
import { memberActionsModule } from './memberActions.js';
import { attachFieldInputs, showPhones } from './fieldInputs.js';
import { attachTypedDates, showTypedDates } from './typedDates.js';
import { speakRussian } from './russianWords.js';
import { openDocumentsInNewTab } from './documentLinks.js';

const TEXT = {
  loadFailed: 'Не удалось загрузить форму. Обновите страницу или попробуйте позже.',
  reload: 'Обновить страницу',
  conflict: 'Данные на странице устарели.',
  sessionEnded: 'Сеанс завершён. Войдите снова.',
  login: 'Войти',
  sendFailed: 'Не удалось отправить данные. Проверьте подключение к интернету и попробуйте ещё раз.',
  checkFields: 'Проверьте поля, отмеченные ниже.'
};

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

function readJson(id, fallback) {
  const el = document.getElementById(id);
  if (!el || !el.textContent.trim()) {
    return fallback;
  }
  return JSON.parse(el.textContent);
}

function meta(name) {
  const el = document.querySelector(`meta[name="${name}"]`);
  return el ? el.getAttribute('content') : null;
}

/* ---------- alert box ---------- */

function alertBox() {
  let el = document.getElementById('step-alert');
  if (!el) {
    el = document.createElement('div');
    el.id = 'step-alert';
    el.setAttribute('role', 'alert');
    el.setAttribute('aria-live', 'assertive');
    el.hidden = true;
    const step = document.getElementById('step');
    step.parentNode.insertBefore(el, step);
  }
  el.classList.add('step-alert');
  return el;
}

function hideAlert() {
  const el = alertBox();
  el.hidden = true;
  el.textContent = '';
}

/**
 * @param {string[]} lines
 * @param {{ href: string, text: string, reload?: boolean }} [link]
 * @param {boolean} [focus]
 */
function showAlert(lines, link, focus) {
  const el = alertBox();
  el.textContent = '';
  lines.filter(Boolean).forEach((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    el.appendChild(p);
  });
  if (link) {
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.text;
    if (link.reload) {
      a.addEventListener('click', (event) => {
        event.preventDefault();
        window.location.reload();
      });
    }
    p.appendChild(a);
    el.appendChild(p);
  }
  el.hidden = false;
  if (focus) {
    el.setAttribute('tabindex', '-1');
    el.focus();
  } else if (el.scrollIntoView) {
    el.scrollIntoView({ block: 'nearest' });
  }
}

/* ---------- helpers around the form ---------- */

// form-js renders state changes with Preact asynchronously (microtask); wait for the DOM.
function afterRender(fn) {
  window.setTimeout(fn, 0);
}

function focusFirstError(container) {
  afterRender(() => {
    const field = container.querySelector('.fjs-form-field.fjs-has-errors');
    if (!field) {
      return;
    }
    const target = field.querySelector('[aria-invalid="true"]') || field.querySelector(FOCUSABLE);
    if (target) {
      target.focus();
    } else if (field.scrollIntoView) {
      field.scrollIntoView({ block: 'center' });
    }
  });
}

function setButtonsDisabled(container, disabled) {
  container.querySelectorAll('button.fjs-button[type="submit"]').forEach((button) => {
    button.disabled = disabled;
  });
  if (disabled) {
    container.setAttribute('aria-busy', 'true');
  } else {
    container.removeAttribute('aria-busy');
  }
}

/**
 * Put server messages (keyed by component key, i.e. by data path such as "address.city"
 * or "list.0.name") into form-js' own error state, which is keyed by component id (plus
 * repetition indexes). form-js then renders them exactly like its own validation errors
 * (.fjs-has-errors, .fjs-form-field-error, aria-invalid, aria-describedby) and clears a
 * field's message as soon as the member changes that field.
 *
 * @returns {string[]} messages for keys that have no visible field
 */
function applyServerErrors(form, serverErrors) {
  const instances = form.get('formFieldInstanceRegistry').getAllKeyed();
  const registry = form.get('formFieldRegistry');
  const byPath = new Map();
  instances.forEach((instance) => {
    const errorPath = [instance.id, ...Object.values(instance.indexes || {})];
    byPath.set(instance.valuePath.join('.'), errorPath);
    const field = registry.get(instance.id);
    if (field && field.key && !byPath.has(field.key) && !Object.keys(instance.indexes || {}).length) {
      byPath.set(field.key, errorPath);
    }
  });

  const errors = JSON.parse(JSON.stringify(form._getState().errors || {}));
  const unmatched = [];
  Object.keys(serverErrors).forEach((key) => {
    const raw = serverErrors[key];
    const messages = (Array.isArray(raw) ? raw : [raw]).filter((m) => typeof m === 'string' && m);
    if (!messages.length) {
      return;
    }
    const errorPath = byPath.get(key);
    if (!errorPath) {
      unmatched.push(...messages);
      return;
    }
    let target = errors;
    for (let i = 0; i < errorPath.length - 1; i++) {
      const k = errorPath[i];
      if (target[k] === null || typeof target[k] !== 'object') {
        target[k] = {};
      }
      target = target[k];
    }
    target[errorPath[errorPath.length - 1]] = messages;
  });

  form._setState({ errors });
  return unmatched;
}

function safeRedirect(url) {
  if (typeof url !== 'string' || !url) {
    return null;
  }
  try {
    const target = new URL(url, window.location.href);
    return target.origin === window.location.origin ? target.href : null;
  } catch (e) {
    return null;
  }
}

async function readBody(response) {
  try {
    return await response.json();
  } catch (e) {
    return null;
  }
}

/* ---------- the step ---------- */

async function renderStep(container) {
  const submitUrl = container.getAttribute('data-submit-url');
  let schema;
  let data;
  try {
    schema = readJson('step-schema', null);
    data = readJson('step-data', {});
  } catch (e) {
    showAlert([TEXT.loadFailed]);
    return;
  }
  if (!schema) {
    showAlert([TEXT.loadFailed]);
    return;
  }

  const form = new Form({
    container,
    additionalModules: [RussianValidationModule, PlainValuesModule, ServerComboboxModule,
      memberActionsModule(container.parentNode.querySelector('.actions--secondary'))]
  });

  const initialData = showPhones(schema, showTypedDates(schema, data && typeof data === 'object' ? data : {}));

  try {
    await form.importSchema(schema, initialData);
  } catch (e) {
    showAlert([TEXT.loadFailed]);
    return;
  }
  attachTypedDates(container, schema);
  attachFieldInputs(container, schema);
  speakRussian(container);
  openDocumentsInNewTab(container);

  // form-js 1.8.7 debounces text input (300 ms) and flushes only on blur, so pressing Enter
  // right after typing submits the previous value ("Заполните это поле." on a filled field).
  // Blur and refocus the input first: that flushes the value before the browser's implicit
  // submission (which runs after keydown). Selects/taglists that use Enter stop the event.
  container.addEventListener('keydown', (event) => {
    const target = event.target;
    // form-js itself dispatches a synthetic Enter when a date field loses focus: leave that alone,
    // or focus jumps back to the date and the member's next tap is lost.
    if (!event.isTrusted || event.key !== 'Enter' || event.defaultPrevented || event.isComposing ||
        !target || target.tagName !== 'INPUT' || !target.form) {
      return;
    }
    target.blur();
    target.focus();
  });

  let submitting = false;

  form.on('submit', (event) => {
    const { data: formData, errors } = event;
    if (submitting) {
      return;
    }
    if (errors && Object.keys(errors).length) {
      focusFirstError(container);
      return;
    }
    submitting = true;
    hideAlert();
    setButtonsDisabled(container, true);
    send(formData).then((keepDisabled) => {
      submitting = false;
      if (!keepDisabled) {
        setButtonsDisabled(container, false);
      }
    });
  });

  /** @returns {Promise<boolean>} whether the submit buttons stay disabled */
  async function send(formData) {
    const headers = {
      'Content-Type': 'application/json',
      Accept: 'application/json'
    };
    const csrfHeader = meta('_csrf_header');
    const csrfToken = meta('_csrf');
    if (csrfHeader && csrfToken) {
      headers[csrfHeader] = csrfToken;
    }

    let response;
    try {
      response = await fetch(submitUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers,
        body: JSON.stringify({ data: formData })
      });
    } catch (e) {
      showAlert([TEXT.sendFailed], null, true);
      return false;
    }

    const body = await readBody(response);
    const message = body && typeof body.message === 'string' ? body.message : null;

    if (response.status === 200) {
      const target = safeRedirect(body && body.redirect);
      if (target) {
        window.location.assign(target);
        return true;
      }
    } else if (response.status === 422 && body) {
      const unmatched = applyServerErrors(form, body.errors && typeof body.errors === 'object' ? body.errors : {});
      const lines = [message, ...unmatched];
      if (lines.some(Boolean)) {
        showAlert(lines);
      } else if (!container.querySelector('.fjs-has-errors')) {
        showAlert([TEXT.checkFields]);
      }
      focusFirstError(container);
      return false;
    } else if (response.status === 409) {
      showAlert([message || TEXT.conflict], { href: window.location.href, text: TEXT.reload, reload: true }, true);
      return true;
    } else if (response.status === 401 || response.status === 403) {
      showAlert([TEXT.sessionEnded], { href: '/login', text: TEXT.login }, true);
      return true;
    }

    showAlert([TEXT.sendFailed], null, true);
    return false;
  }
}

function start() {
  const container = document.getElementById('step');
  if (container) {
    renderStep(container);
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
