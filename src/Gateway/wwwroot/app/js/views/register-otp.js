import { api } from '../api.js';
import { clearError, formValues, mount, showError } from '../dom.js';
import { language, setText } from '../i18n.js';

// Email OTP address registration: the address gets an OTP mail; the PIN and that OTP complete the registration.
export async function show(root, app) {
  await mount(root, 'register-otp');
  const addressForm = root.querySelector('.address-form');
  const confirmForm = root.querySelector('.confirm-form');
  const step = root.querySelector('.confirm-step');
  const sent = root.querySelector('.sent');
  const error = root.querySelector('.error');
  let address = '';

  const send = async () => {
    clearError(error);
    try {
      const mail = await api('/otp-address', { method: 'POST', body: { address, language: language() } });
      if (mail.outcome === 'Sent') {
        step.hidden = false;
        setText(sent, 'otp.sent', { address });
        confirmForm.pin.focus();
      } else {
        setText(error, 'otpMail.' + mail.outcome, { seconds: mail.retryAfterSeconds });
      }
    } catch (failure) {
      showError(error, failure);
    }
  };

  addressForm.addEventListener('submit', event => {
    event.preventDefault();
    address = addressForm.address.value.trim();
    send();
  });
  root.querySelector('.resend').addEventListener('click', send);
  confirmForm.addEventListener('submit', async event => {
    event.preventDefault();
    clearError(error);
    const values = formValues(confirmForm);
    confirmForm.reset();
    try {
      const answer = await api('/otp-address/confirm', { method: 'POST', body: values });
      if (answer.outcome === 'Confirmed') {
        history.replaceState(null, '', '#/top');
        await app.refresh();
      } else {
        setText(error, 'otpConfirm.' + answer.outcome, { remaining: answer.remainingAttempts });
      }
    } catch (failure) {
      showError(error, failure);
    }
  });
  addressForm.address.focus();
}
