// Small DOM helpers: view templates fetched once from views/, element building, error display.
import { has, setText, translate } from './i18n.js';
import { halfWidthKana } from './kana.js';

const templates = new Map();

/** Replaces root's content with the view template `name` (views/name.html), translated. */
export async function mount(root, name) {
  const fragment = await fragmentOf(name);
  root.replaceChildren(fragment);
  translate(root);
  return root;
}

/** A translated copy of template `name` as a single element. */
export async function instantiate(name) {
  const fragment = await fragmentOf(name);
  const element = fragment.firstElementChild;
  translate(element);
  return element;
}

async function fragmentOf(name) {
  if (!templates.has(name)) {
    const response = await fetch(`views/${name}.html`);
    if (!response.ok) throw new Error(`Missing view ${name}`);
    templates.set(name, await response.text());
  }
  const template = document.createElement('template');
  template.innerHTML = templates.get(name);
  return template.content;
}

/** Creates an element: el('td', { class: 'num' }, 'text', child). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'i18n') setText(element, value[0], value[1]);
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.filter(c => c !== null && c !== undefined));
  return element;
}

/** Shows an ApiError (or any error) in `target` in the current language. */
export function showError(target, error) {
  target.hidden = false;
  if (error?.code === 'confirmation-blocked' && has('error.blocked.' + error.reason)) setText(target, 'error.blocked.' + error.reason);
  else if (error?.code && has('error.' + error.code)) setText(target, 'error.' + error.code, { field: error.field, detail: error.detail, status: error.status });
  else setText(target, 'error.unknown', { status: error?.message ?? '' });
}

export function clearError(target) {
  target.textContent = '';
  delete target.dataset.i18n;
}

/** The form's fields as an object of strings; kana fields (data-kana) in the token's half-width characters. */
export function formValues(form) {
  const values = Object.fromEntries(new FormData(form).entries());
  for (const input of form.querySelectorAll('[data-kana][name]')) values[input.name] = halfWidthKana(values[input.name] ?? '');
  return values;
}

/** Shows kana fields converted as soon as the user leaves them. */
export function convertKanaOnChange(root) {
  root.addEventListener('change', event => {
    if (event.target.matches?.('[data-kana]')) event.target.value = halfWidthKana(event.target.value);
  });
}
