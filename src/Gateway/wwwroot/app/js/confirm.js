// The confirmation panel of one transaction. Token: the QR code (shown when the challenge is pushed), what the token
// will display, and the 8-digit code. Email OTP: the same details (as in the mail), the PIN and the mailed OTP, and
// a resend button. Both count down to the expiry by the server's clock and show the result, answered or pushed.
import { api } from './api.js';
import * as hub from './hub.js';
import { has, setText } from './i18n.js';
import { el, instantiate, showError } from './dom.js';

const panels = new Map();
const shown = new Set();
const FALLBACK_MS = 5000;

hub.on('Challenge', message => panels.get(message.transactionId)?.challenge(message, 'push'));
hub.on('TransactionStatus', message => panels.get(message.transactionId)?.finish(message.status, 'status.pushed.' + message.status));

/** Whether a panel on the page shows transaction `id`. */
export function hasPanel(id) {
  for (const [key, panel] of panels) if (!panel.element.isConnected) { panel.stop(); panels.delete(key); }
  return panels.has(id);
}

/** Whether this page has shown transaction `id` in a panel at some time. */
export function wasShown(id) { return shown.has(id); }

/**
 * A panel for transaction `tx` (as the API returns it). With `waitForPush` the challenge is shown when the server
 * pushes it (a fallback reads it after a few seconds if no push comes, e.g. without WebSockets).
 */
export async function confirmPanel(tx, { waitForPush = false, onFinal } = {}) {
  const panel = new ConfirmPanel(await instantiate('confirm'), tx, onFinal);
  panels.set(tx.id, panel);
  shown.add(tx.id);
  const pushed = hub.challenges.get(tx.id);
  if (tx.status !== 'Pending') panel.finish(tx.status, 'status.pushed.' + tx.status);
  else if (pushed) panel.challenge(pushed, 'push');
  else if (!waitForPush) panel.challenge(tx, 'fetch');
  else panel.fallback = setTimeout(() => panel.challenge(tx, 'fetch'), FALLBACK_MS);
  return panel.element;
}

class ConfirmPanel {
  constructor(element, tx, onFinal) {
    this.element = element;
    this.id = tx.id;
    this.otp = tx.method === 'EmailOtp';
    this.onFinal = onFinal;
    this.final = false;
    element.dataset.tx = tx.id;
    element.dataset.kind = tx.kind;
    element.dataset.method = tx.method;
    element.dataset.status = tx.status;
    this.part = selector => element.querySelector(selector);
    setText(this.part('.confirm-title'), 'confirm.heading', { title: tx.title });
    this.renderLines(tx.lines);
    this.form = this.part('.code-form');
    this.result = this.part('.result');
    if (this.otp) this.useOtp();
    element.classList.toggle('otp', this.otp);
    this.form.addEventListener('submit', event => { event.preventDefault(); this.submit(); });
    this.part('.cancel').addEventListener('click', () => this.cancel());
    this.part('.resend').addEventListener('click', () => this.resend());
  }

  useOtp() {
    setText(this.part('.instructions'), 'confirm.otpInstructions');
    this.part('.screen-title').hidden = true;
    this.part('.pin-field').hidden = false;
    this.part('.pin').required = true;
    this.part('.resend').hidden = false;
    setText(this.part('.code-label'), 'otp.code');
    const code = this.part('.code');
    code.removeAttribute('maxlength');
    code.removeAttribute('pattern');
    code.autocomplete = 'one-time-code';
  }

  renderLines(lines) {
    this.part('.lines').replaceChildren(...lines.flatMap(line => [el('dt', {}, line.label), el('dd', {}, line.value)]));
  }

  /** Shows the challenge; a later push (an OTP sent again) only moves the expiry. */
  challenge(message, source) {
    if (this.final) return;
    clearTimeout(this.fallback);
    this.offset = Date.parse(message.serverTime) - Date.now();
    this.expiresAt = Date.parse(message.expiresAt);
    if (this.element.dataset.challenge) {
      this.tick();
      return;
    }
    this.renderLines(message.lines);
    if (this.otp) {
      setText(this.part('.waiting'), 'confirm.mailSent');
      this.part('.pin').focus();
    } else {
      const image = this.part('.qr');
      image.src = `/app/api/transactions/${this.id}/qr.png`;
      image.hidden = false;
      this.part('.waiting').hidden = true;
      this.part('.code').focus();
    }
    this.element.dataset.challenge = source;
    this.tick();
    this.timer = setInterval(() => this.tick(), 1000);
  }

  tick() {
    const left = this.expiresAt - (Date.now() + this.offset);
    if (left <= 0) {
      this.finish('Expired', 'confirm.expired');
      return;
    }
    const seconds = Math.ceil(left / 1000);
    const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    const countdown = this.part('.countdown');
    setText(countdown, 'confirm.remaining', { time });
    countdown.classList.toggle('low', seconds <= 60);
  }

  async submit() {
    const code = this.part('.code');
    const pin = this.part('.pin');
    const body = this.otp ? { code: code.value.trim(), pin: pin.value } : { code: code.value.trim() };
    code.value = '';
    pin.value = '';
    try {
      const answer = await api(`/transactions/${this.id}/confirm`, { method: 'POST', body });
      const tone = answer.outcome === 'Authorized' ? 'ok' : ['WrongCode', 'LastAttempt'].includes(answer.outcome) ? 'warn' : 'bad';
      const key = this.otp && has('outcome.otp.' + answer.outcome) ? 'outcome.otp.' + answer.outcome : 'outcome.' + answer.outcome;
      this.show(key, { remaining: answer.remainingAttempts, detail: answer.transaction.detail ?? '' }, tone);
      this.element.dataset.outcome = answer.outcome;
      if (answer.transaction.status !== 'Pending') this.finish(answer.transaction.status);
    } catch (error) {
      this.result.className = 'result bad';
      showError(this.result, error);
    }
  }

  async resend() {
    try {
      const mail = await api(`/transactions/${this.id}/resend-otp`, { method: 'POST' });
      if (mail.outcome === 'Sent') this.show('otp.resent', {}, 'ok');
      else this.show('otpMail.' + mail.outcome, { seconds: mail.retryAfterSeconds }, 'warn');
    } catch (error) {
      this.result.className = 'result bad';
      showError(this.result, error);
    }
  }

  async cancel() {
    try {
      const tx = await api(`/transactions/${this.id}/cancel`, { method: 'POST' });
      this.finish(tx.status, 'status.pushed.' + tx.status);
    } catch (error) {
      this.result.className = 'result bad';
      showError(this.result, error);
    }
  }

  show(key, vars, tone) {
    this.result.className = 'result ' + tone;
    setText(this.result, key, vars);
  }

  /** Ends the panel in a final status; `messageKey` replaces the result text unless an answer already explained it. */
  finish(status, messageKey) {
    if (messageKey && !(this.final && this.element.dataset.outcome)) this.show(messageKey, {}, status === 'Authorized' ? 'ok' : 'bad');
    if (this.final) return;
    this.final = true;
    this.stop();
    this.element.dataset.status = status;
    this.form.hidden = true;
    this.part('.qr').hidden = true;
    this.part('.countdown').textContent = '';
    const waiting = this.part('.waiting');
    waiting.hidden = false;
    setText(waiting, 'status.' + status);
    this.onFinal?.(status);
  }

  stop() {
    clearInterval(this.timer);
    clearTimeout(this.fallback);
  }
}
