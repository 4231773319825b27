import { api } from '../api.js';
import { confirmPanel } from '../confirm.js';
import { clearError, mount, showError } from '../dom.js';

export async function show(root, app) {
  await mount(root, 'register-token');
  const session = app.session;
  const asked = session.step === 'RegisterToken';
  root.querySelector('.required').hidden = !asked || session.canSkip;
  root.querySelector('.optional').hidden = !asked || !session.canSkip;
  const skip = root.querySelector('.skip');
  skip.hidden = !asked || !session.canSkip;
  const form = root.querySelector('.serial-form');
  const error = root.querySelector('.error');
  const area = root.querySelector('.confirm-area');
  const proceed = async () => {
    history.replaceState(null, '', '#/top');
    await app.refresh();
  };

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearError(error);
    try {
      const tx = await api('/token-registrations', { method: 'POST', body: { serial: form.serial.value.trim() } });
      area.replaceChildren(await confirmPanel(tx, {
        waitForPush: true,
        onFinal: status => {
          if (status === 'Authorized') root.querySelector('.done').hidden = false;
        },
      }));
    } catch (failure) {
      showError(error, failure);
    }
  });
  skip.addEventListener('click', async () => {
    try {
      await api('/logon/skip', { method: 'POST' });
      await proceed();
    } catch (failure) {
      showError(error, failure);
    }
  });
  root.querySelector('.continue').addEventListener('click', proceed);
  form.serial.focus();
}
