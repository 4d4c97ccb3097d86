/*
 * A select whose options the server finds as the member types («Образовательная организация»): one combobox
 * (GOV.UK's accessible-autocomplete) in place of form-js' select. The member types part of a name or an INN,
 * the server's list opens under the field, the first hit is proposed (Enter takes it; a single hit is the one
 * proposed), arrows and Enter or a tap choose; a screen reader hears in Russian how many were found.
 *
 * In the form file it stays a Select, so Camunda Modeler opens and edits it as before:
 *   "type": "select", "key": "educationalOrganisationId", "valuesKey": "organisationOptions",
 *   "properties": { "optionsUrl": "/cabinet/organisations", "notFoundKey": "organisationNotFound" }
 * optionsUrl (same origin only) answers GET ?q=… with [{ "value": "…", "label": "…" }] (at most SERVER_LIMIT).
 * The value form-js holds and posts is the chosen option's value (the organisation's id), nothing else: text
 * typed without choosing leaves the field empty, and a required field then says so. A form shown again
 * passes the chosen option in data[valuesKey], as for any form-js select, so the combobox shows its label.
 * data[notFoundKey] (default: valuesKey without «Options» + «NotFound») is true while the server finds
 * nothing for a query, for a text of the form that tells the member what to do then.
 *
 * form-js renders the field (label, description, errors) with Preact; accessible-autocomplete renders its
 * input and list into a node of that field which Preact leaves alone, once per mount.
 */
import { createElement as h } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { Description, Errors, FormContext, Label, Select } from '@bpmn-io/form-js-viewer';
import accessibleAutocomplete from 'accessible-autocomplete';

const MIN_QUERY = 2;
const DEBOUNCE_MS = 250;
const LOAD_TIMEOUT_MS = 5000;
const MAX_OPTIONS = 100;
const SERVER_LIMIT = 20; // /cabinet/organisations returns at most this many

// Russian plural forms from the browser's own CLDR rules (1 организация, 2 организации, 5 организаций)
const PLURAL = new Intl.PluralRules('ru');
const ORGANISATIONS = { one: 'организация', few: 'организации', many: 'организаций', other: 'организации' };

function organisations(n) {
  return ORGANISATIONS[PLURAL.select(n)];
}

export const TEXT = {
  noResults: 'Ничего не найдено',
  queryTooShort: (n) => `Введите не менее ${n} символов, чтобы увидеть подходящие организации.`,
  selected: (label, length, index) => `${label}, ${index + 1} из ${length}, выделена.`,
  results: (length, selected) => {
    const found = length >= SERVER_LIMIT
      ? `Найдено ${length} или больше. Уточните запрос, чтобы сузить список.`
      : `${length === 1 ? 'Найдена' : 'Найдено'} ${length} ${organisations(length)}.`;
    return selected ? `${found} ${selected}` : found;
  },
  hint: 'Когда появится список, выберите организацию стрелками вверх и вниз и нажмите Enter. '
    + 'На сенсорном экране коснитесь нужной строки списка.'
};

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

/** A select of the form file that searches its options on the server. */
export function isServerCombobox(field) {
  return !!field && field.type === 'select' && typeof field.valuesKey === 'string' && !!field.valuesKey
    && !!field.properties && !!sameOriginUrl(field.properties.optionsUrl);
}

function notFoundKey(field) {
  const own = field.properties.notFoundKey;
  if (typeof own === 'string' && own) {
    return own;
  }
  return (/Options$/.test(field.valuesKey) ? field.valuesKey.replace(/Options$/, '') : field.valuesKey) + 'NotFound';
}

function normalizeOptions(body) {
  if (!Array.isArray(body)) {
    return null;
  }
  const options = [];
  for (const item of body) {
    if (item && typeof item === 'object' && (typeof item.value === 'string' || typeof item.value === 'number')
        && item.value !== '' && item.label !== null && item.label !== undefined) {
      options.push({ value: String(item.value), label: String(item.label) });
    }
    if (options.length >= MAX_OPTIONS) {
      break;
    }
  }
  return options;
}

async function fetchOptions(url, query, signal) {
  const target = sameOriginUrl(url);
  target.searchParams.set('q', query);
  const response = await fetch(target.href, {
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

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An option as accessible-autocomplete passes it: ours, or the text it started with (a string). */
function labelOf(option) {
  if (option === null || option === undefined) {
    return '';
  }
  return typeof option === 'string' ? option : option.label;
}

function ServerCombobox(props) {
  const { field, domId, errors = [], disabled, readonly } = props;
  const { label, description, validate = {} } = field;
  const required = !!validate.required;
  const labelId = `${domId}-label`;
  const descriptionId = `${domId}-description`;
  const errorMessageId = `${domId}-error-message`;
  const { getService } = useContext(FormContext);
  const slot = useRef(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const form = getService('form');
    const { data, initialData } = form._getState();
    const known = normalizeOptions(data[field.valuesKey] || (initialData || {})[field.valuesKey]) || [];
    const value = latest.current.value;
    let chosen = value === null || value === undefined || value === ''
      ? null : known.find((option) => option.value === String(value)) || null;
    let seq = 0;
    let timer = null;
    let controller = null;

    const setNotFound = (notFound) => {
      const key = notFoundKey(field);
      const state = form._getState();
      if (!!state.data[key] !== notFound) {
        form._setState({ data: { ...state.data, [key]: notFound } });
      }
    };

    const source = (query, populate) => {
      seq += 1;
      const mine = seq;
      window.clearTimeout(timer);
      if (controller) {
        controller.abort();
      }
      timer = window.setTimeout(() => {
        controller = typeof AbortController === 'function' ? new AbortController() : null;
        const abort = controller;
        const timeout = abort ? window.setTimeout(() => abort.abort(), LOAD_TIMEOUT_MS) : null;
        fetchOptions(field.properties.optionsUrl, query, abort ? abort.signal : undefined).then((options) => {
          if (mine === seq) {
            setNotFound(options.length === 0);
            populate(options);
          }
        }, () => {
          // network or server trouble, or a newer query: keep what is shown
        }).finally(() => window.clearTimeout(timeout));
      }, DEBOUNCE_MS);
    };

    accessibleAutocomplete({
      element: slot.current,
      id: domId,
      name: '',
      source,
      defaultValue: chosen ? chosen.label : '',
      minLength: MIN_QUERY,
      autoselect: true,
      confirmOnBlur: false,
      showNoOptionsFound: true,
      displayMenu: 'inline',
      required,
      inputClasses: 'fjs-input',
      menuAttributes: { 'aria-labelledby': labelId },
      templates: {
        inputValue: labelOf,
        suggestion: (option) => escapeHtml(labelOf(option))
      },
      onConfirm: (option) => {
        if (option && typeof option === 'object') {
          chosen = option;
          latest.current.onChange({ value: option.value });
        }
      },
      tNoResults: () => TEXT.noResults,
      tStatusQueryTooShort: TEXT.queryTooShort,
      tStatusNoResults: () => TEXT.noResults,
      tStatusSelectedOption: TEXT.selected,
      tStatusResults: TEXT.results,
      tAssistiveHint: () => TEXT.hint
    });

    const input = slot.current.querySelector('input[role="combobox"]');
    // text that is no longer the chosen organisation's name: nothing is chosen any more
    input.addEventListener('input', () => {
      if (input.value.trim().length < MIN_QUERY) {
        setNotFound(false);
      }
      if (chosen && input.value !== chosen.label) {
        chosen = null;
        latest.current.onChange({ value: null });
      }
    });
    slot.current.addEventListener('focusin', () => latest.current.onFocus && latest.current.onFocus());
    slot.current.addEventListener('focusout', (event) => {
      if (!slot.current || !slot.current.contains(event.relatedTarget)) {
        if (latest.current.onBlur) {
          latest.current.onBlur();
        }
      }
    });
    // accessible-autocomplete points aria-describedby at its hint only; the field's description and
    // message belong there too
    new MutationObserver(() => describe(input)).observe(input, { attributes: true, attributeFilter: ['aria-describedby'] });
    // the grey completion it draws behind the input is a second, unlabelled input: only for the eye
    const hideHint = () => slot.current && slot.current.querySelectorAll('.autocomplete__hint').forEach((hint) => {
      hint.setAttribute('aria-hidden', 'true');
    });
    new MutationObserver(hideHint).observe(slot.current, { childList: true, subtree: true });
    return () => {
      window.clearTimeout(timer);
      if (controller) {
        controller.abort();
      }
    };
  }, []);

  function describe(input) {
    const own = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter((id) => id && id.endsWith('__assistiveHint'));
    const ids = [...own, descriptionId, errorMessageId].filter((id) => document.getElementById(id));
    const next = ids.join(' ');
    if ((input.getAttribute('aria-describedby') || '') !== next) {
      if (next) {
        input.setAttribute('aria-describedby', next);
      } else {
        input.removeAttribute('aria-describedby');
      }
    }
  }

  // after each render: the message and its state on the input
  useEffect(() => {
    const input = slot.current && slot.current.querySelector('input[role="combobox"]');
    if (!input) {
      return;
    }
    if (errors.length) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
    input.disabled = !!disabled;
    input.readOnly = !!readonly;
    describe(input);
  });

  const classes = ['fjs-form-field', 'fjs-form-field-select', 'portal-combobox'];
  if (errors.length) {
    classes.push('fjs-has-errors');
  }
  return h('div', { class: classes.join(' ') },
    h(Label, { id: labelId, htmlFor: domId, label, required }),
    h('div', { ref: slot, class: 'portal-combobox__control' }),
    h(Description, { id: descriptionId, description }),
    h(Errors, { id: errorMessageId, errors }));
}

function PortalSelect(props) {
  return isServerCombobox(props.field) ? h(ServerCombobox, props) : h(Select, props);
}
// the same value rules: a value is kept on import only with its option in data[valuesKey]
PortalSelect.config = Select.config;

class ServerComboboxRegistration {
  constructor(formFields) {
    formFields.register('select', PortalSelect);
  }
}
ServerComboboxRegistration.$inject = ['formFields'];

/** didi module: pass in `additionalModules` so selects with an optionsUrl become server comboboxes. */
export const ServerComboboxModule = {
  __init__: ['serverComboboxRegistration'],
  serverComboboxRegistration: ['type', ServerComboboxRegistration]
};
