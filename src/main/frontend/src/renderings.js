/*
 * form-js 1.8.7 renders fields anew (Preact) whenever the form's state changes, so whatever the portal adds to
 * its output is added again after each rendering: once per rendering, after form-js has finished it.
 */

/**
 * Runs patch on the container now and after every later rendering inside it.
 * @param {Element} container
 * @param {(root: Element) => void} patch
 * @param {MutationObserverInit} [also] what else counts as a rendering besides added or removed nodes
 */
export function afterEachRendering(container, patch, also = {}) {
  patch(container);
  let pending = false;
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(() => {
        pending = false;
        patch(container);
      });
    }
  }).observe(container, { childList: true, subtree: true, ...also });
}
