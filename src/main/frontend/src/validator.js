/*
 * Russian replacement for the form-js 1.8.7 `validator` service.
 *
 * Mirrors node_modules/@bpmn-io/form-js-viewer/dist/index.es.js (class Validator,
 * runNumberValidation, runPresetValidation, evaluateFEELValues, oldEvaluateFEELValues)
 * rule by rule; the message texts differ, and a field gets one message, not a list: the
 * first rule it breaks in the order the server checks them (forms.FormDataValidator:
 * required, length, pattern, type), with the server's text. form-js would list every
 * broken rule («Значение введено в неверном формате.» and «Введите не более 100
 * символов.» under one field).
 */
import { runExpressionEvaluation } from '@bpmn-io/form-js-viewer';
import Big from 'big.js'; // the same copy form-js itself uses (its dependency)
import { isTypedDate, typedDateProblem } from './typedDates.js';

export const MESSAGES = {
  required: 'Заполните это поле.',
  requiredCheckbox: 'Необходимо отметить это поле.',
  minLength: (n) => `Введите не менее ${n} символов.`,
  maxLength: (n) => `Введите не более ${n} символов.`,
  min: (n) => `Значение должно быть не меньше ${n}.`,
  max: (n) => `Значение должно быть не больше ${n}.`,
  pattern: 'Значение введено в неверном формате.',
  email: 'Введите адрес электронной почты, например ivanova@mail.ru.',
  phone: 'Введите номер телефона, например +79161234567.',
  // number fields (form-js checks these for every `number` component)
  notANumber: 'Введите число.',
  integer: 'Введите целое число.',
  decimalDigits: (n) => `Введите число, у которого не более ${n} ${plural(n, 'знака', 'знаков')} после запятой.`,
  increment: (a, b) => `Введите допустимое значение, например ${a} или ${b}.`
};

// genitive after "не более N": 1, 21, 31… знака; otherwise знаков
function plural(n, one, many) {
  return n % 10 === 1 && n % 100 !== 11 ? one : many;
}

// copied from form-js-viewer 1.8.7
const EMAIL_PATTERN = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const PHONE_PATTERN = /(\+|00)(297|93|244|1264|358|355|376|971|54|374|1684|1268|61|43|994|257|32|229|226|880|359|973|1242|387|590|375|501|1441|591|55|1246|673|975|267|236|1|61|41|56|86|225|237|243|242|682|57|269|238|506|53|5999|61|1345|357|420|49|253|1767|45|1809|1829|1849|213|593|20|291|212|34|372|251|358|679|500|33|298|691|241|44|995|44|233|350|224|590|220|245|240|30|1473|299|502|594|1671|592|852|504|385|509|36|62|44|91|246|353|98|964|354|972|39|1876|44|962|81|76|77|254|996|855|686|1869|82|383|965|856|961|231|218|1758|423|94|266|370|352|371|853|590|212|377|373|261|960|52|692|389|223|356|95|382|976|1670|258|222|1664|596|230|265|60|262|264|687|227|672|234|505|683|31|47|977|674|64|968|92|507|64|51|63|680|675|48|1787|1939|850|351|595|970|689|974|262|40|7|250|966|249|221|65|500|4779|677|232|503|378|252|508|381|211|239|597|421|386|46|268|1721|248|963|1649|235|228|66|992|690|993|670|676|1868|216|90|688|886|255|256|380|598|1|998|3906698|379|1784|58|1284|1340|84|678|681|685|967|27|260|263)(9[976]\d|8[987530]\d|6[987]\d|5[90]\d|42\d|3[875]\d|2[98654321]\d|9[8543210]|8[6421]|6[6543210]|5[87654321]|4[987654310]|3[9643210]|2[70]|7|1)\d{4,20}$/;
const VALIDATE_FEEL_PROPERTIES = ['min', 'max', 'minLength', 'maxLength'];

export class RussianValidator {
  constructor(expressionLanguage, conditionChecker, form, formFieldRegistry) {
    this._expressionLanguage = expressionLanguage;
    this._conditionChecker = conditionChecker;
    this._form = form;
    this._formFieldRegistry = formFieldRegistry;
  }

  /** Deprecated form-js API (still used by the viewer's updateFieldValidation command). */
  validateField(field, value) {
    const { type, validate } = field;
    let errors = [];
    if (type === 'number') {
      errors = errors.concat(runNumberValidation(field, value));
    }
    if (isTypedDate(field) && value) {
      errors = errors.concat(typedDateProblem(value) || []);
    }
    if (!validate) {
      return firstOf(errors);
    }
    const evaluated = this._oldEvaluateFEELValues(validate);
    return firstOf(errors.concat(runPresetValidation(field, evaluated, value)));
  }

  /** Used by Form#validate (submit), Form#_update (change) and blur validation. */
  validateFieldInstance(fieldInstance, value) {
    const { id, expressionContextInfo } = fieldInstance;
    const field = this._formFieldRegistry.get(id);
    if (!field) {
      return [];
    }
    const { type, validate } = field;
    let errors = [];
    if (type === 'number') {
      errors = errors.concat(runNumberValidation(field, value));
    }
    if (isTypedDate(field) && value) {
      errors = errors.concat(typedDateProblem(value) || []);
    }
    if (!validate) {
      return firstOf(errors);
    }
    const evaluated = { ...validate };
    VALIDATE_FEEL_PROPERTIES.forEach((property) => {
      const result = runExpressionEvaluation(this._expressionLanguage, evaluated[property], expressionContextInfo);
      if (result === null || result === undefined) {
        delete evaluated[property]; // as min-dash set(…, undefined) does in form-js
      } else {
        evaluated[property] = result;
      }
    });
    return firstOf(errors.concat(runPresetValidation(field, evaluated, value)));
  }

  _oldEvaluateFEELValues(validate) {
    const evaluated = { ...validate };
    const expressionLanguage = this._expressionLanguage;
    const conditionChecker = this._conditionChecker;
    VALIDATE_FEEL_PROPERTIES.forEach((property) => {
      const value = evaluated[property];
      if (!expressionLanguage || !expressionLanguage.isExpression(value)) {
        return;
      }
      const { initialData, data } = this._form._getState();
      const newData = conditionChecker ? conditionChecker.applyConditions(data, data) : data;
      const result = expressionLanguage.evaluate(value, { ...initialData, ...newData });
      if (result) {
        evaluated[property] = result;
      }
    });
    return evaluated;
  }
}

RussianValidator.$inject = ['expressionLanguage', 'conditionChecker', 'form', 'formFieldRegistry'];

/** didi module: pass in `additionalModules` to replace form-js' English validator. */
export const RussianValidationModule = {
  validator: ['type', RussianValidator]
};

function countDecimals(number) {
  const num = Big(number);
  if (num.toString() === num.toFixed(0)) return 0;
  return num.toFixed().split('.')[1].length || 0;
}

function runNumberValidation(field, value) {
  const { decimalDigits, increment } = field;
  const errors = [];
  if (value === 'NaN') {
    errors.push(MESSAGES.notANumber);
  } else if (value) {
    if (decimalDigits >= 0 && countDecimals(value) > decimalDigits) {
      errors.push(decimalDigits === 0 ? MESSAGES.integer : MESSAGES.decimalDigits(decimalDigits));
    }
    if (increment) {
      const bigValue = Big(value);
      const bigIncrement = Big(increment);
      const offset = bigValue.mod(bigIncrement);
      if (offset.cmp(0) !== 0) {
        const previousValue = bigValue.minus(offset);
        const nextValue = previousValue.plus(bigIncrement);
        errors.push(MESSAGES.increment(previousValue, nextValue));
      }
    }
  }
  return errors;
}

function patternMessage(field) {
  const message = field.properties && field.properties.patternMessage;
  return typeof message === 'string' && message.trim() ? message : MESSAGES.pattern;
}

/** The form's own words for an empty required field (property requiredMessage), as the server's. */
function requiredMessage(field) {
  const message = field.properties && field.properties.requiredMessage;
  if (typeof message === 'string' && message.trim()) {
    return message;
  }
  return field.type === 'checkbox' ? MESSAGES.requiredCheckbox : MESSAGES.required;
}

function trimmedLength(value) {
  return typeof value === 'string' ? value.trim().length : String(value).trim().length;
}

/** One message per field: a member fixes one thing at a time, and two lines under a field read as two faults. */
function firstOf(errors) {
  return errors.slice(0, 1);
}

function runPresetValidation(field, validation, value) {
  const errors = [];
  if (validation.required) {
    const isUncheckedCheckbox = field.type === 'checkbox' && value === false;
    const isUnsetValue = value === null || value === undefined || value === '';
    const isEmptyMultiselect = Array.isArray(value) && value.length === 0;
    if (isUncheckedCheckbox || isUnsetValue || isEmptyMultiselect) {
      errors.push(requiredMessage(field));
    }
  }
  if ('min' in validation && (value || value === 0) && value < validation.min) {
    errors.push(MESSAGES.min(validation.min));
  }
  if ('max' in validation && (value || value === 0) && value > validation.max) {
    errors.push(MESSAGES.max(validation.max));
  }
  if ('minLength' in validation && value && trimmedLength(value) < validation.minLength) {
    errors.push(MESSAGES.minLength(validation.minLength));
  }
  if ('maxLength' in validation && value && trimmedLength(value) > validation.maxLength) {
    errors.push(MESSAGES.maxLength(validation.maxLength));
  }
  if (validation.pattern && value && !new RegExp(validation.pattern).test(value)) {
    errors.push(patternMessage(field));
  }
  if ('validationType' in validation && value && validation.validationType === 'phone' && !PHONE_PATTERN.test(value)) {
    errors.push(MESSAGES.phone);
  }
  if ('validationType' in validation && value && validation.validationType === 'email' && !EMAIL_PATTERN.test(value)) {
    errors.push(MESSAGES.email);
  }
  return errors;
}
