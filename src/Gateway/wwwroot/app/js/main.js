// Boot and routing: the session decides the screen (logon, OTP address or token registration, or the pages).
import { api, setCsrf } from './api.js';
import * as hub from './hub.js';
import { setText, switchLanguage, translate } from './i18n.js';
import { clearAlerts, watchPushes } from './alerts.js';
import { convertKanaOnChange } from './dom.js';
import * as logon from './views/logon.js';
import * as registerToken from './views/register-token.js';
import * as registerOtp from './views/register-otp.js';
import * as top from './views/top.js';
import * as pending from './views/pending.js';
import * as transfer from './views/transfer.js';
import * as fee from './views/fee.js';
import * as bulk from './views/bulk.js';
import * as admin from './views/admin.js';
import * as historyView from './views/history.js';

const views = { logon, 'register-token': registerToken, 'register-otp': registerOtp, top, pending, transfer, fee, bulk, admin, history: historyView };
const app = { session: null, refresh, go, updateBadge };
let rendering = Promise.resolve();

async function refresh() {
  app.session = await api('/session');
  setCsrf(app.session.csrf);
  if (app.session.signedOn) {
    try { await hub.connect(); } catch { /* the pages still work; panels fall back to reading the challenge */ }
  } else {
    await hub.disconnect();
  }
  chrome();
  await render();
}

function go(name) {
  if (location.hash === '#/' + name) render(); else location.hash = '#/' + name;
}

function requested() { return location.hash.replace(/^#\/?/, '').split('?')[0] || 'top'; }

function viewName() {
  const session = app.session;
  if (!session.signedOn) return 'logon';
  if (session.step === 'RegisterOtpAddress') return 'register-otp';
  if (session.step === 'RegisterToken') return 'register-token';
  const name = requested();
  return views[name] && name !== 'logon' && name !== 'register-otp' ? name : 'top';
}

function render() {
  rendering = rendering.then(async () => {
    const name = viewName();
    const root = document.getElementById('view');
    delete root.dataset.ready;
    document.body.dataset.view = name;
    for (const link of document.querySelectorAll('#nav a')) link.classList.toggle('active', link.getAttribute('href') === '#/' + name);
    await views[name].show(root, app);
    root.dataset.ready = name;
  }).catch(error => console.error(error));
  return rendering;
}

function chrome() {
  const session = app.session;
  const inside = session.signedOn && session.step === 'Proceed';
  const nav = document.getElementById('nav');
  nav.hidden = !inside;
  for (const link of nav.querySelectorAll('[data-needs]')) {
    link.hidden = !link.dataset.needs.split(' ').some(p => session.permissions?.includes(p));
  }
  const who = document.getElementById('who');
  if (session.signedOn) setText(who, 'who', { contract: session.contractId, login: session.loginId }); else who.textContent = '';
  document.getElementById('logoff').hidden = !session.signedOn;
  if (inside) updateBadge();
}

async function updateBadge() {
  if (!app.session?.signedOn || app.session.step !== 'Proceed') return;
  try {
    const list = await api('/transactions?pending=true');
    const badge = document.getElementById('pending-badge');
    badge.textContent = String(list.length);
    badge.hidden = list.length === 0;
  } catch { /* the badge is a convenience */ }
}

document.getElementById('lang').addEventListener('click', () => {
  switchLanguage();
  setText(document.getElementById('lang'), 'lang.switch');
});
document.getElementById('logoff').addEventListener('click', async () => {
  await api('/logoff', { method: 'POST' }).catch(() => {});
  clearAlerts();
  history.replaceState(null, '', '#/top');
  await refresh();
});
window.addEventListener('hashchange', () => render());
window.addEventListener('inkan:session-ended', () => refresh());
hub.on('Challenge', () => updateBadge());
hub.on('TransactionStatus', () => updateBadge());
watchPushes();
convertKanaOnChange(document);
translate();
setText(document.getElementById('lang'), 'lang.switch');
refresh();
