/*
 * Options searched on the server as the member types (instruction «ВАРИАНТ 2»):
 * any `select` of the form with
 *
 *   "valuesKey": "organisationOptions",
 *   "properties": { "optionsUrl": "/cabinet/organisations", "queryField": "organisationQuery" }
 *
 * gets its options from `GET {optionsUrl}?q={value of the field keyed queryField}`
 * ([{ value, label }, …]). Optional `properties.notFoundKey` names the flag set to true when the
 * list is empty (for a conditional «not found» text); by default `organisationOptions` →
 * `organisationNotFound` (otherwise `<valuesKey>NotFound`). Only UX: the server re-checks the choice.
 *
 * form-js 1.8.7 internals relied on (version pinned in package-lock.json; re-check on upgrade):
 * - A `valuesKey` select takes its options from `form._getState().initialData[valuesKey]`
 *   (useOptionsAsync), re-evaluated whenever the initialData object changes. So options are
 *   replaced with `form._setState({ initialData: { ...initialData, [valuesKey]: list } })`, a
 *   shallow copy: every other initialData entry keeps its identity, so no field re-runs its
 *   initial validation.
 * - Conditions see `{ ...initialData, ...data }`, and the imported data carries non-field keys
 *   too, so the list and the flag are written into both `data` and `initialData`. Non-field keys
 *   are never submitted (Form#_getSubmitData collects keyed fields only).
 * - On import a select value that is not among `data[valuesKey]` is dropped (sanitizeValue), and
 *   after every options change a value that is not among them is reset through onChange
 *   (useCleanupSingleSelectValue, which would also show «Заполните это поле.» at once). So a
 *   chosen value is searched for before the import, and when new options no longer contain it,
 *   it is cleared here in the same state update instead.
 * - Every state change re-renders all fields, and Preact then writes the state value into a text
 *   input whose DOM value differs — i.e. into an input whose typing form-js is still debouncing
 *   (300 ms): the keystrokes would be lost. Answers are therefore applied only when no input
 *   event happened in the form for SETTLE_MS (> form-js' debounce).
 * - Field DOM ids are `fjs-form-<form._id>-<field id>` (prefixId); used only to place the status
 *   line under the select.
 */

const MIN_QUERY = 2;
const DEBOUNCE_MS = 250;
const SETTLE_MS = 350; // form-js text debounce is 300 ms (config.debounce not set by the portal)
const LOAD_TIMEOUT_MS = 5000;
const MAX_OPTIONS = 100;
const SERVER_LIMIT = 20; // /cabinet/organisations returns at most this many

const TEXT = {
  found: (n) => n >= SERVER_LIMIT
    ? `Найдено организаций: ${n} или больше. Уточните запрос, чтобы сузить список.`
    : `Найдено организаций: ${n}`,
  none: 'Ничего не найдено.'
};

/* ---------- paths ---------- */

function getPath(obj, path) {
  let cur = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') {
      return undefined;
    }
    cur = cur[k];
  }
  return cur;
}

/** A copy of obj with path set to value; objects along the path are copied, nothing is mutated. */
function setPath(obj, path, value) {
  const copy = Array.isArray(obj) ? obj.slice() : { ...(obj || {}) };
  if (path.length === 1) {
    copy[path[0]] = value;
  } else {
    const child = copy[path[0]];
    copy[path[0]] = setPath(child !== null && typeof child === 'object' ? child : {}, path.slice(1), value);
  }
  return copy;
}

function isEmptyValue(value) {
  return value === null || value === undefined || value === '';
}

function normalizeQuery(value) {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/* ---------- schema ---------- */

function sameOriginUrl(url) {
  if (typeof url !== 'string' || !url) {
    return null;
  }
  try {
    const target = new URL(url, window.location.href);
    return target.origin === window.location.origin ? target : null;
  } catch (e) {
    return null;
  }
}

/**
 * Selects of the schema that search their options on the server. Fields inside repeating
 * lists are not supported (their valuesKey would be shared by all rows) and are skipped.
 */
export function findOptionSearches(schema) {
  const keyedPaths = new Map();
  const selects = [];
  (function walk(component, parentPath, repeating) {
    (component.components || []).forEach((child) => {
      if (!child || typeof child !== 'object') {
        return;
      }
      if (typeof child.key === 'string' && child.key && !repeating) {
        const path = [...parentPath, ...child.key.split('.')];
        if (!keyedPaths.has(child.key)) {
          keyedPaths.set(child.key, { path, id: child.id });
        }
        const props = child.properties || {};
        if (child.type === 'select' && typeof child.valuesKey === 'string' && child.valuesKey &&
            typeof props.queryField === 'string' && props.queryField && sameOriginUrl(props.optionsUrl)) {
          selects.push({ field: child, path });
        }
      }
      if (Array.isArray(child.components)) {
        const own = typeof child.path === 'string' && child.path ? child.path.split('.') : [];
        walk(child, [...parentPath, ...own], repeating || child.type === 'dynamiclist' || !!child.isRepeating);
      }
    });
  })(schema || {}, [], false);

  return selects
    .filter(({ field }) => keyedPaths.has(field.properties.queryField))
    .map(({ field, path }) => {
      const props = field.properties;
      const valuesKey = field.valuesKey;
      const notFoundKey = typeof props.notFoundKey === 'string' && props.notFoundKey
        ? props.notFoundKey
        : (/Options$/.test(valuesKey) ? valuesKey.replace(/Options$/, '') : valuesKey) + 'NotFound';
      return {
        fieldId: field.id,
        selectKey: field.key,
        queryKey: props.queryField,
        hasDescription: !!field.description,
        selectPath: path,
        queryPath: keyedPaths.get(props.queryField).path,
        queryFieldId: keyedPaths.get(props.queryField).id,
        valuesKey,
        notFoundKey,
        url: props.optionsUrl
      };
    });
}

/* ---------- server ---------- */

function normalizeOptions(body) {
  if (!Array.isArray(body)) {
    return null;
  }
  const options = [];
  for (const item of body) {
    if (item && typeof item === 'object' && (typeof item.value === 'string' || typeof item.value === 'number') &&
        item.value !== '' && item.label !== null && item.label !== undefined) {
      options.push({ value: item.value, label: String(item.label) });
    }
    if (options.length >= MAX_OPTIONS) {
      break;
    }
  }
  return options;
}

/** @returns {Promise<{value, label}[]>} rejects on network/HTTP/format errors and on abort */
async function fetchOptions(binding, query, signal) {
  const url = sameOriginUrl(binding.url);
  url.searchParams.set('q', query);
  const response = await fetch(url.href, {
    method: 'GET',
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
    signal
  });
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  const options = normalizeOptions(await response.json());
  if (!options) {
    throw new Error('unexpected answer');
  }
  return options;
}

/** The option equal to value; "2" and 2 count as equal (ids may come back as numbers). */
function findOption(options, value) {
  return options.find((o) => o.value === value) || options.find((o) => String(o.value) === String(value));
}

/**
 * Before the import: for each select that already has a value and whose query field has text,
 * fetch the options so form-js keeps the value and shows its label. Mutates and returns data.
 *
 * @returns {Promise<Map<object, string>>} binding → the query whose answer is in the data
 */
export async function prefetchChosenOptions(bindings, data) {
  const loaded = new Map();
  await Promise.all(bindings.map(async (binding) => {
    const value = getPath(data, binding.selectPath);
    const query = normalizeQuery(getPath(data, binding.queryPath));
    if (isEmptyValue(value) || query.length < MIN_QUERY) {
      return;
    }
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller ? window.setTimeout(() => controller.abort(), LOAD_TIMEOUT_MS) : null;
    try {
      const options = await fetchOptions(binding, query, controller ? controller.signal : undefined);
      const match = findOption(options, value);
      data[binding.valuesKey] = options;
      data[binding.notFoundKey] = options.length === 0;
      if (match && match.value !== value) {
        Object.assign(data, setPath(data, binding.selectPath, match.value));
      }
      loaded.set(binding, query);
    } catch (e) {
      // keep the data as it came; the search runs again once the form is shown
    } finally {
      if (timer) {
        window.clearTimeout(timer);
      }
    }
  }));
  return loaded;
}

/* ---------- after the import ---------- */

/**
 * @param {import('@bpmn-io/form-js-viewer').Form} form
 * @param {HTMLElement} container
 * @param {object[]} bindings from findOptionSearches
 * @param {Map<object, string>} loaded from prefetchChosenOptions
 */
export function attachOptionSearches(form, container, bindings, loaded) {
  if (!bindings.length) {
    return;
  }
  let lastInputAt = 0;
  container.addEventListener('input', () => {
    lastInputAt = Date.now();
  }, true);

  // ids the importer had to generate (fields without one in the schema)
  const registered = form.get('formFieldRegistry').getAll();
  bindings.forEach((binding) => {
    const byKey = (key, isSelect) => registered.find((f) => f.key === key && (f.type === 'select') === isSelect);
    binding.fieldId = binding.fieldId || (byKey(binding.selectKey, true) || {}).id;
    binding.queryFieldId = binding.queryFieldId || (byKey(binding.queryKey, false) || {}).id;
  });

  const states = bindings.map((binding) => ({
    binding,
    query: normalizeQuery(getPath(form._getState().data, binding.queryPath)),
    seq: 0,
    timer: null,
    controller: null,
    status: ''
  }));

  /** Runs fn once nothing has been typed for SETTLE_MS, unless a newer query came meanwhile. */
  function whenSettled(state, seq, fn) {
    const wait = lastInputAt + SETTLE_MS - Date.now();
    if (state.seq !== seq) {
      return;
    }
    if (wait > 0) {
      window.setTimeout(() => whenSettled(state, seq, fn), wait);
      return;
    }
    fn();
  }

  function applyOptions(state, options, notFound) {
    const { binding } = state;
    const current = form._getState();
    const value = getPath(current.data, binding.selectPath);
    let data = { ...current.data, [binding.valuesKey]: options, [binding.notFoundKey]: notFound };
    if (!isEmptyValue(value)) {
      const match = findOption(options, value);
      const next = match ? match.value : null;
      if (next !== value) {
        data = setPath(data, binding.selectPath, next);
      }
    }
    form._setState({
      initialData: { ...(current.initialData || {}), [binding.valuesKey]: options, [binding.notFoundKey]: notFound },
      data
    });
  }

  function search(state, query) {
    const seq = state.seq;
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    state.controller = controller;
    fetchOptions(state.binding, query, controller ? controller.signal : undefined).then((options) => {
      whenSettled(state, seq, () => {
        applyOptions(state, options, options.length === 0);
        announce(state, options.length ? TEXT.found(options.length) : TEXT.none, options.length === 0);
      });
    }, () => {
      // network error, HTTP error, abort: keep the options shown so far
    }).finally(() => {
      if (state.controller === controller) {
        state.controller = null;
      }
    });
  }

  /** A new query: forget the pending one and ask (later) for this one. */
  function queryChanged(state, query, immediately) {
    state.query = query;
    state.seq += 1;
    window.clearTimeout(state.timer);
    state.timer = null;
    if (state.controller) {
      state.controller.abort();
      state.controller = null;
    }
    const seq = state.seq;
    if (query.length < MIN_QUERY) {
      // too short to search: an empty list, and no «not found» text
      whenSettled(state, seq, () => {
        applyOptions(state, [], false);
        announce(state, '', false);
      });
      return;
    }
    if (immediately) {
      search(state, query);
    } else {
      state.timer = window.setTimeout(() => {
        state.timer = null;
        if (state.seq === seq) {
          search(state, query);
        }
      }, DEBOUNCE_MS);
    }
  }

  form.on('changed', (formState) => {
    states.forEach((state) => {
      const query = normalizeQuery(getPath(formState.data, state.binding.queryPath));
      if (query !== state.query) {
        queryChanged(state, query, false);
      }
    });
    window.setTimeout(() => states.forEach(placeStatus), 0);
  });

  // Enter in a query field searches at once instead of submitting the form.
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) {
      return;
    }
    const target = event.target;
    const state = states.find((s) => target && target.id && target.id === fieldDomId(s.binding.queryFieldId));
    if (!state) {
      return;
    }
    event.preventDefault();
    // flush form-js' debounced value (its blur handler does), then search without waiting
    target.blur();
    target.focus();
    const query = normalizeQuery(getPath(form._getState().data, state.binding.queryPath));
    queryChanged(state, query, true);
  }, true);

  /* ---------- status line (aria-live) ---------- */

  function fieldDomId(fieldId) {
    return `fjs-form-${form._id}-${fieldId}`;
  }

  function statusId(state) {
    const domId = fieldDomId(state.binding.fieldId);
    // With no description of its own, form-js already points the select's aria-describedby
    // at `<domId>-description`: the status line takes that id, so the count is read on focus too.
    return state.binding.hasDescription ? `${domId}-options-status` : `${domId}-description`;
  }

  /** Keep the live region at the end of the select's field (re-created if form-js re-created the field). */
  function placeStatus(state) {
    const domId = fieldDomId(state.binding.fieldId);
    const anchor = document.getElementById(domId) || document.getElementById(`${domId}-display`);
    const field = anchor && anchor.closest('.fjs-form-field');
    if (!field) {
      return null;
    }
    const id = statusId(state);
    let region = document.getElementById(id);
    if (region && region.parentNode === field) {
      return region;
    }
    if (region) {
      region.remove();
    }
    region = document.createElement('div');
    region.id = id;
    region.className = 'portal-options-status';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    field.appendChild(region);
    // set later, so that a region that was just re-created does not announce an old count
    region.textContent = state.status;
    region.classList.toggle('portal-options-status--sr-only', state.statusHidden !== false);
    return region;
  }

  /** @param {boolean} srOnly whether sighted members need it (the form's own «not found» text shows) */
  function announce(state, text, srOnly) {
    state.status = text;
    state.statusHidden = srOnly || !text;
    const region = placeStatus(state);
    if (region) {
      region.classList.toggle('portal-options-status--sr-only', state.statusHidden);
      region.textContent = text;
    }
  }

  // on load (once form-js has drawn the form): show the count silently for prefetched options,
  // search for what is not loaded yet
  window.setTimeout(() => states.forEach((state) => {
    const { binding } = state;
    if (loaded.get(binding) === state.query) {
      const options = form._getState().initialData[binding.valuesKey] || [];
      state.status = options.length ? TEXT.found(options.length) : TEXT.none;
      state.statusHidden = options.length === 0;
    }
    placeStatus(state);
    if (state.query.length >= MIN_QUERY && loaded.get(binding) !== state.query) {
      queryChanged(state, state.query, true);
    }
  }), 0);
}
