/*
 * Values shown inside a form's text are plain text. form-js renders a text component as markdown after putting the
 * values of its {{…}} placeholders into it, so a value someone else wrote (a reviewer's reason for a rejection, say)
 * could become a link, an image that calls another site, or a heading. Here the text component puts in each value
 * with every ASCII punctuation mark escaped: markdown shows those characters as they are and builds nothing from
 * them (no links, autolinks, images, emphasis, headings, HTML). The analyst's own markdown around the placeholders
 * renders as before.
 */
import { Text, useTemplateEvaluation } from '@bpmn-io/form-js-viewer';
import { createElement } from 'preact';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** The value as markdown that reads back as exactly this text. */
export function escapeMarkdown(value) {
  return String(value).replace(ASCII_PUNCTUATION, '\\$&');
}

// one object for every render: form-js memoises the evaluation on the options' identity
const PLAIN_VALUES = { debug: true, strict: false, sanitizer: escapeMarkdown };

function PlainValuesText(props) {
  const text = useTemplateEvaluation(props.field.text || '', PLAIN_VALUES);
  return createElement(Text, { ...props, field: { ...props.field, text } });
}
PlainValuesText.config = Text.config;

class PlainValuesTextRegistration {
  constructor(formFields) {
    formFields.register('text', PlainValuesText);
  }
}
PlainValuesTextRegistration.$inject = ['formFields'];

/** didi module: pass in `additionalModules` so every text component shows its values as plain text. */
export const PlainValuesModule = {
  __init__: ['plainValuesTextRegistration'],
  plainValuesTextRegistration: ['type', PlainValuesTextRegistration]
};
