/*
 * The links a form's text (markdown) shows, such as «Согласие» or «Заявление о вступлении в Профсоюз», open the PDF
 * in a new tab: the step, with everything the member typed, stays where it was. The link says so, for everyone and
 * for screen readers, so that a new tab is no surprise. form-js 1.8.7 renders markdown links without a target and
 * renders a text field anew when the form's data changes, so the links are patched after every rendering.
 */

import { afterEachRendering } from './renderings.js';

export const NEW_TAB_HINT = 'откроется в новой вкладке';

const HINT_CLASS = 'portal-new-tab-hint';

function patch(root) {
  root.querySelectorAll('.fjs-form-field-text a[href]').forEach((link) => {
    if (link.getAttribute('target') !== '_blank') {
      link.setAttribute('target', '_blank');
    }
    if (link.getAttribute('rel') !== 'noopener') {
      link.setAttribute('rel', 'noopener');
    }
    if (!link.querySelector(`.${HINT_CLASS}`)) {
      const hint = document.createElement('span');
      hint.className = HINT_CLASS;
      hint.textContent = ` (${NEW_TAB_HINT})`;
      link.appendChild(hint);
    }
  });
}

/** Makes the links of the form's texts open in a new tab, now and whenever form-js renders them again. */
export function openDocumentsInNewTab(container) {
  afterEachRendering(container, patch);
}
