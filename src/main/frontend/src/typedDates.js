/*
 * Dates typed by hand (a form-js text field with the property format = "date", such as «Дата рождения»):
 * no calendar to fight and nothing corrected behind the member's back. flatpickr, behind form-js' own date
 * field, rolled 31.02.1985 over into March and guessed 1.2.85 into this century; here the text stays as typed,
 * an impossible date gets a message at the field, and the server checks it again (forms.FormDataValidator).
 *
 * The mask only helps: digits and dots, a dot added after the day and the month as they are typed, at most
 * 10 characters. The value travels as typed (дд.мм.гггг); the server answers and stores ISO, which is turned
 * back into дд.мм.гггг when the form is shown again.
 */

export const DATE_MESSAGES = {
  format: 'Введите дату в формате дд.мм.гггг, например 14.03.1985.',
  noSuchDate: 'Такой даты нет. Проверьте число и месяц.'
};

const TYPED = /^(\d{2})\.(\d{2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isTypedDate(field) {
  return !!field && field.type === 'textfield' && !!field.properties && field.properties.format === 'date';
}

/** The message for a typed date, or null when it is a real day. */
export function typedDateProblem(value) {
  const match = TYPED.exec(String(value).trim());
  if (!match) {
    return DATE_MESSAGES.format;
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC reads years 0–99 as 1900–1999
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? null : DATE_MESSAGES.noSuchDate;
}

function typedDateFields(schema) {
  const fields = [];
  const walk = (components) => (components || []).forEach((component) => {
    if (isTypedDate(component) && component.key) {
      fields.push(component);
    }
    walk(component.components);
  });
  walk(schema && schema.components);
  return fields;
}

/** The form's data with ISO dates of typed-date fields shown as дд.мм.гггг. */
export function showTypedDates(schema, data) {
  const shown = { ...data };
  typedDateFields(schema).forEach(({ key }) => {
    const match = typeof shown[key] === 'string' ? ISO.exec(shown[key]) : null;
    if (match) {
      shown[key] = `${match[3]}.${match[2]}.${match[1]}`;
    }
  });
  return shown;
}

function masked(value) {
  // a dot typed right after the one the mask added counts once
  const kept = value.replace(/[^\d.]/g, '').replace(/\.{2,}/g, '.');
  if (/^\d{8}$/.test(kept)) {
    return `${kept.slice(0, 2)}.${kept.slice(2, 4)}.${kept.slice(4)}`;
  }
  const dotted = /^\d{2}$/.test(kept) || /^\d{2}\.\d{2}$/.test(kept) ? `${kept}.` : kept;
  return dotted.slice(0, 10);
}

/**
 * The mask and the keyboard of every typed-date input. Listens in the capture phase, so form-js' own input
 * handler (on the input itself) reads the masked value.
 */
export function attachTypedDates(container, schema) {
  const ids = typedDateFields(schema).map((field) => field.id);
  if (!ids.length) {
    return;
  }
  const isDateInput = (element) => element && element.tagName === 'INPUT'
    && ids.some((id) => element.id && element.id.endsWith(`-${id}`));
  const decorate = () => container.querySelectorAll('input').forEach((input) => {
    if (isDateInput(input) && input.getAttribute('inputmode') !== 'numeric') {
      input.setAttribute('inputmode', 'numeric');
      input.setAttribute('placeholder', 'дд.мм.гггг');
      input.setAttribute('maxlength', '10');
      input.setAttribute('autocomplete', 'bday');
    }
  });
  decorate();
  new MutationObserver(decorate).observe(container, { childList: true, subtree: true });
  container.addEventListener('input', (event) => {
    const input = event.target;
    if (!isDateInput(input) || (event.inputType && event.inputType.startsWith('delete'))) {
      return;
    }
    const next = masked(input.value);
    if (next !== input.value) {
      const atEnd = input.selectionStart === input.value.length;
      input.value = next;
      if (atEnd) {
        input.setSelectionRange(next.length, next.length);
      }
    }
  }, true);
}
