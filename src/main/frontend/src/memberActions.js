/*
 * The step's other answers («Изменить данные», «Отправить код повторно», …) sit with the form's own button:
 * the portal renders them after the form (templates/cabinet/step.html, .actions--secondary: each a small
 * POST form of its own, which also works without JavaScript), and here their buttons move into the form,
 * right after its last row and before the bpmn.io watermark that form-js draws last (its licence wants it
 * visible; it stays where form-js puts it, untouched).
 *
 * The buttons keep their own forms through the form attribute, so they post the step's message with its
 * CSRF token as before and never submit form-js' form; the empty forms stay where they were.
 * form-js renders the form with Preact: the buttons go into a node of the form's root component that Preact
 * leaves alone, so re-renders keep them there.
 */
import { createElement as h, Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Default } from '@bpmn-io/form-js-viewer';

/** Gives each button of the actions its form by id; @returns the buttons */
function actionButtons(actions) {
  const buttons = [];
  actions.querySelectorAll('form').forEach((form, index) => {
    if (!form.id) {
      form.id = `member-action-${index + 1}`;
    }
    form.querySelectorAll('button').forEach((button) => {
      button.setAttribute('form', form.id);
      buttons.push(button);
    });
  });
  return buttons;
}

/**
 * didi module for `additionalModules`: the buttons of `actions` (the portal's .actions--secondary element)
 * shown within the form, after its rows; nothing changes when there are none.
 */
export function memberActionsModule(actions) {
  const buttons = actions ? actionButtons(actions) : [];
  if (!buttons.length) {
    return {};
  }

  function ActionsSlot() {
    const slot = useRef(null);
    useEffect(() => {
      buttons.forEach((button) => slot.current.appendChild(button));
      actions.classList.add('actions--moved');
    }, []);
    // laid out as a row of form-js' own grid, so the buttons line up with the form's button
    return h('div', { class: 'fjs-vertical-layout cds--grid cds--grid--condensed' },
      h('div', { class: 'fjs-layout-row cds--row' },
        h('div', { class: 'fjs-layout-column cds--col cds--col-sm-16 cds--col-md-16' },
          h('div', { ref: slot, class: 'actions actions--secondary actions--in-form' }))));
  }

  function DefaultWithActions(props) {
    return h(Fragment, null, h(Default, props), h(ActionsSlot, null));
  }
  DefaultWithActions.config = Default.config;

  class Registration {
    constructor(formFields) {
      formFields.register('default', DefaultWithActions);
    }
  }
  Registration.$inject = ['formFields'];
  return {
    __init__: ['memberActionsRegistration'],
    memberActionsRegistration: ['type', Registration]
  };
}
