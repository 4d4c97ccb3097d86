/*
 * The words form-js 1.8.7 writes itself, in English, whatever the form says: the empty select's «Select», the
 * search field's «Search», «No results», a number field's «Increment»/«Decrement», a list's «Remove list item 2»,
 * a taglist's «Skip to search». form-js has no option for them, so they are translated in the page as form-js
 * renders them (and again when it renders them anew). The words an analyst writes in the form are never touched.
 */

import { afterEachRendering } from './renderings.js';

const TEXTS = new Map([
  ['Select', 'Выберите'],
  ['No results', 'Ничего не найдено'],
  ['All values selected', 'Выбраны все значения'],
  ['Skip to search', 'Перейти к поиску']
]);

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

const WORDS = new Map([
  ['Search', 'Поиск'],
  ['Increment', 'Увеличить'],
  ['Decrement', 'Уменьшить'],
  ['Next page', 'Следующая страница'],
  ['Previous page', 'Предыдущая страница'],
  ['Select', 'Выберите']
]);

function translated(value) {
  if (WORDS.has(value)) {
    return WORDS.get(value);
  }
  const item = /^Remove list item (\d+)$/.exec(value);
  return item ? `Удалить элемент ${item[1]}` : null;
}

function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data.trim();
    if (TEXTS.has(text)) {
      node.data = node.data.replace(text, TEXTS.get(text));
    }
  }
  root.querySelectorAll(ATTRIBUTES.map((name) => `[${name}]`).join(',')).forEach((element) => {
    ATTRIBUTES.forEach((name) => {
      const russian = element.hasAttribute(name) ? translated(element.getAttribute(name)) : null;
      if (russian) {
        element.setAttribute(name, russian);
      }
    });
  });
}

/** Translates form-js' own words in the container now and whenever form-js renders again. */
export function speakRussian(container) {
  afterEachRendering(container, translate, { characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
}
