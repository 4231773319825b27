// Notices pushed to every page: token locks (to every user of the token), the last-attempt warning (to the user
// who typed), and new confirmation requests that no panel on this page shows.
import * as hub from './hub.js';
import { wasShown } from './confirm.js';
import { el } from './dom.js';

const area = () => document.getElementById('alerts');

export function notify(key, vars, tone, testId, extra, tx) {
  const notice = el('div', { class: `alert ${tone}`, role: 'alert', 'data-testid': testId, 'data-tx': tx },
    el('span', { i18n: [key, vars] }), extra ? ' ' : null, extra ?? null);
  area().prepend(notice);
  return notice;
}

export function clearAlerts() { area().replaceChildren(); }

export function watchPushes() {
  hub.on('TokenLock', message => notify(message.locked ? 'alert.tokenLocked' : 'alert.tokenUnlocked', { serial: message.serial },
    message.locked ? 'bad' : 'ok', message.locked ? 'token-lock' : 'token-unlock'));
  hub.on('LastAttempt', message => notify('alert.lastAttempt', { serial: message.serial }, 'warn', 'last-attempt'));
  hub.on('Challenge', message => {
    // A page that asked for this challenge shows it in its own panel as soon as its request answers.
    setTimeout(() => {
      if (!wasShown(message.transactionId) && location.hash !== '#/pending') {
        notify('alert.newChallenge', { title: message.title }, 'ok', 'new-challenge', el('a', { href: '#/pending', i18n: ['alert.show'] }), message.transactionId);
      }
    }, 1500);
  });
  hub.on('TransactionStatus', message => {
    for (const notice of area().querySelectorAll(`[data-testid=new-challenge][data-tx="${message.transactionId}"]`)) notice.remove();
  });
}
