/*
 * The keyboard, the autofill and the mask of a text field, as the analyst set them in the form's properties
 * (Camunda Modeler: «Custom properties» of a Text field). form-js 1.8.7 renders every text field as
 * <input type="text">, so the input is patched after each render from these properties:
 *
 *   type          tel | email | url | text         the input's type: a phone's keypad for tel
 *   inputmode     numeric | decimal | tel | …      the on-screen keyboard, e.g. digits only for a code
 *   autocomplete  one-time-code | tel | off | …    what the browser may fill in (a mailed code, the phone)
 *   format        phone                            typed and shown as +7 (912) 345-67-89 (imask)
 *
 * (format = date, a date typed as дд.мм.гггг, is typedDates.js.) Preact keeps attributes it did not render
 * itself, but form-js re-creates an input when its field is hidden and shown again or the form is imported
 * again: a MutationObserver patches every new input.
 *
 * The phone mask is imask's (its pattern and its reading of what was typed or pasted), applied as typedDates.js
 * applies the date's: in the capture phase of each input event, to the whole text of the input, so form-js'
 * own handler reads the masked value, and a text Preact wrote back while form-js was still debouncing (300 ms)
 * is masked again on the next key rather than confusing a mask bound to the input. The server normalises
 * whatever it gets to +7XXXXXXXXXX (registration.joining.Phones). A phone the form shows again is masked before
 * the import, so form-js holds exactly what the input shows.
 */
import IMask from 'imask';

const TYPES = ['text', 'tel', 'email', 'url'];
const INPUT_MODES = ['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url'];
const AUTOCOMPLETE = /^[a-z0-9 -]{1,60}$/;

/**
 * +7 and ten digits. The whole text is read at once: a number typed or pasted with its 8 or 7 in front
 * (8 912 345-67-89, 7912…, +7 8912…) has that prefix dropped as soon as its eleventh digit arrives, so
 * 89123456789 becomes +7 (912) 345-67-89 and never +7 (891) 234-56-78.
 */
export const PHONE_MASK = {
  mask: '+{7} (000) 000-00-00',
  prepare(text) {
    const national = (/^\s*\+7/.test(text) ? text.replace(/^\s*\+7/, '') : text).replace(/\D/g, '');
    return national.length === 11 && /^[78]/.test(national) ? national.slice(1) : text;
  }
};

function textFields(schema) {
  const fields = [];
  const walk = (components) => (components || []).forEach((component) => {
    if (component && component.type === 'textfield' && component.id && component.properties) {
      fields.push(component);
    }
    walk(component && component.components);
  });
  walk(schema && schema.components);
  return fields;
}

/** The attributes a field's properties ask for; values outside the lists above are ignored. */
export function inputAttributes(field) {
  const props = (field && field.properties) || {};
  const attributes = {};
  if (TYPES.includes(props.type)) {
    attributes.type = props.type;
  }
  if (INPUT_MODES.includes(props.inputmode)) {
    attributes.inputmode = props.inputmode;
  }
  if (typeof props.autocomplete === 'string' && AUTOCOMPLETE.test(props.autocomplete)) {
    attributes.autocomplete = props.autocomplete;
  }
  if (props.format === 'phone') {
    attributes.type = attributes.type || 'tel';
    attributes.autocomplete = attributes.autocomplete || 'tel';
  }
  return attributes;
}

function isPhone(field) {
  return !!field && field.type === 'textfield' && !!field.properties && field.properties.format === 'phone';
}

/** A phone as the mask shows it (+7 (912) 345-67-89); what the mask cannot read stays as it is. */
export function showPhone(value) {
  if (typeof value !== 'string' || !value) {
    return value;
  }
  const masked = IMask.createMask(PHONE_MASK);
  masked.resolve(value);
  return masked.isComplete ? masked.value : value;
}

/** The form's data with the phones of phone fields shown as the mask shows them. */
export function showPhones(schema, data) {
  const shown = { ...data };
  textFields(schema).filter(isPhone).forEach(({ key }) => {
    if (key && typeof shown[key] === 'string') {
      shown[key] = showPhone(shown[key]);
    }
  });
  return shown;
}

/** Where the caret goes in the masked text: after as many digits as stood before it. */
function caretAfterDigits(text, digits) {
  if (digits === 0) {
    return 0;
  }
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\d/.test(text[i]) && ++seen === digits) {
      return i + 1;
    }
  }
  return text.length;
}

/** Patches every input of a text field with properties, now and after each render; masks the phones. */
export function attachFieldInputs(container, schema) {
  const fields = textFields(schema)
    .map((field) => ({ field, attributes: inputAttributes(field), phone: isPhone(field) }))
    .filter(({ attributes }) => Object.keys(attributes).length);
  if (!fields.length) {
    return;
  }
  const fieldOf = (element) => element && element.tagName === 'INPUT' && element.id
    ? fields.find(({ field }) => element.id.endsWith(`-${field.id}`)) : undefined;
  const decorate = () => container.querySelectorAll('input.fjs-input').forEach((input) => {
    const found = fieldOf(input);
    if (found) {
      Object.entries(found.attributes).forEach(([name, value]) => {
        if (input.getAttribute(name) !== value) {
          input.setAttribute(name, value);
        }
      });
    }
  });
  decorate();
  new MutationObserver(decorate).observe(container, { childList: true, subtree: true });

  container.addEventListener('input', (event) => {
    const input = event.target;
    const found = fieldOf(input);
    // deleting leaves the text as the member made it: «+7 (912) 3» may lose its digits one by one
    if (!found || !found.phone || (event.inputType && event.inputType.startsWith('delete'))) {
      return;
    }
    const value = input.value;
    const caret = input.selectionStart === null ? value.length : input.selectionStart;
    const atEnd = caret === value.length;
    const masked = IMask.createMask(PHONE_MASK);
    masked.resolve(value);
    const next = masked.value;
    if (next !== value) {
      // digits before the caret, less the 7 of a +7 the mask wrote itself
      const typedBefore = value.slice(0, caret).replace(/\D/g, '').length;
      input.value = next;
      const position = atEnd ? next.length : caretAfterDigits(next, typedBefore + (/^\+7/.test(value) ? 0 : 1));
      input.setSelectionRange(position, position);
    }
  }, true);
}
