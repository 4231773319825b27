// The confirmation panel of one transaction: the QR code (shown when the challenge is pushed), what the token will
// display, the expiry countdown by the server's clock, the code field, and the result (answered or pushed).
import { api } from './api.js';
import * as hub from './hub.js';
import { setText } from './i18n.js';
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
 * A panel for transaction `tx` (as the API returns it). With `waitForPush` the QR code is shown when the server pushes
 * the challenge (a fallback reads it after a few seconds if no push comes, e.g. without WebSockets).
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
    this.onFinal = onFinal;
    this.final = false;
    element.dataset.tx = tx.id;
    element.dataset.kind = tx.kind;
    element.dataset.status = tx.status;
    this.part = selector => element.querySelector(selector);
    setText(this.part('.confirm-title'), 'confirm.heading', { title: tx.title });
    this.renderLines(tx.lines);
    this.form = this.part('.code-form');
    this.result = this.part('.result');
    this.form.addEventListener('submit', event => { event.preventDefault(); this.submit(); });
    this.part('.cancel').addEventListener('click', () => this.cancel());
  }

  renderLines(lines) {
    this.part('.lines').replaceChildren(...lines.flatMap(line => [el('dt', {}, line.label), el('dd', {}, line.value)]));
  }

  challenge(message, source) {
    if (this.final || this.element.dataset.qr) return;
    clearTimeout(this.fallback);
    this.renderLines(message.lines);
    this.offset = Date.parse(message.serverTime) - Date.now();
    this.expiresAt = Date.parse(message.expiresAt);
    const image = this.part('.qr');
    image.src = `/app/api/transactions/${this.id}/qr.png`;
    image.hidden = false;
    this.part('.waiting').hidden = true;
    this.element.dataset.qr = source;
    this.tick();
    this.timer = setInterval(() => this.tick(), 1000);
    this.part('.code').focus();
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
    const input = this.part('.code');
    const code = input.value.trim();
    input.value = '';
    try {
      const answer = await api(`/transactions/${this.id}/confirm`, { method: 'POST', body: { code } });
      const tone = answer.outcome === 'Authorized' ? 'ok' : ['WrongCode', 'LastAttempt'].includes(answer.outcome) ? 'warn' : 'bad';
      this.show('outcome.' + answer.outcome, { remaining: answer.remainingAttempts, detail: answer.transaction.detail ?? '' }, tone);
      this.element.dataset.outcome = answer.outcome;
      if (answer.transaction.status !== 'Pending') this.finish(answer.transaction.status);
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
