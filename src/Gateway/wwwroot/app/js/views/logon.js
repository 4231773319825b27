import { api } from '../api.js';
import { clearError, formValues, mount, showError } from '../dom.js';

export async function show(root, app) {
  await mount(root, 'logon');
  const form = root.querySelector('form');
  const error = root.querySelector('.error');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearError(error);
    try {
      await api('/logon', { method: 'POST', body: formValues(form) });
      history.replaceState(null, '', '#/top');
      await app.refresh();
    } catch (failure) {
      showError(error, failure);
      form.password.value = '';
    }
  });
  form.contractId.focus();
}
