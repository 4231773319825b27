// Japanese by default, English on request; the choice is kept in localStorage.
// Elements carry data-i18n (text), data-i18n-placeholder, and data-i18n-vars (JSON) so a switch re-translates them.
import { ja } from './messages-ja.js';
import { en } from './messages-en.js';

const dictionaries = { ja, en };
let lang = localStorage.getItem('inkan.lang') === 'en' ? 'en' : 'ja';

export function language() { return lang; }

/** Whether a message exists for `key`. */
export function has(key) { return key in dictionaries.ja; }

export function t(key, vars = {}) {
  const text = dictionaries[lang][key] ?? dictionaries.ja[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (vars[name] ?? `{${name}}`));
}

/** Sets an element's translated text and remembers the key, so that a language switch re-translates it. */
export function setText(element, key, vars) {
  element.dataset.i18n = key;
  if (vars) element.dataset.i18nVars = JSON.stringify(vars); else delete element.dataset.i18nVars;
  element.textContent = t(key, vars);
}

export function translate(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n, el.dataset.i18nVars ? JSON.parse(el.dataset.i18nVars) : {});
  }
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
  if (root === document) {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }
}

export function switchLanguage() {
  lang = lang === 'ja' ? 'en' : 'ja';
  localStorage.setItem('inkan.lang', lang);
  translate();
}

export function formatYen(amount) {
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US').format(amount);
}

export function formatTime(iso) {
  return new Date(iso).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');
}
