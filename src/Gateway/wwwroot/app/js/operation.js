// The common shape of an operation page: the form posts to the API, then the confirmation panel takes its place
// until the transaction ends; a button then brings the form back for the next operation.
import { api } from './api.js';
import { confirmPanel } from './confirm.js';
import { clearError, el, showError } from './dom.js';

export function wireOperation(root, app, { form, path, body }) {
  const entry = root.querySelector('.entry');
  const area = root.querySelector('.confirm-area');
  const error = form.querySelector('.error') ?? root.querySelector('.error');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearError(error);
    try {
      const tx = await api(path, { method: 'POST', body: body() });
      entry.hidden = true;
      area.replaceChildren(await confirmPanel(tx, {
        waitForPush: true,
        onFinal: () => {
          app.updateBadge();
          const next = el('button', { type: 'button', class: 'secondary', i18n: ['operation.next'], 'data-testid': 'next' });
          next.addEventListener('click', () => {
            area.replaceChildren();
            entry.hidden = false;
          });
          area.append(el('div', { class: 'actions' }, next));
        },
      }));
    } catch (failure) {
      showError(error, failure);
    }
  });
}
