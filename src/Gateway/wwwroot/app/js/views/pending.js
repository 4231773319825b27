import { api } from '../api.js';
import { confirmPanel, hasPanel } from '../confirm.js';
import * as hub from '../hub.js';
import { mount } from '../dom.js';

// Pending confirmations: those waiting when the page opened, and every new challenge pushed while it is open.
export async function show(root, app) {
  await mount(root, 'pending');
  const list = root.querySelector('.list');
  const empty = root.querySelector('.empty');
  const done = () => { app.updateBadge(); };
  const unsubscribe = hub.on('Challenge', async message => {
    if (!list.isConnected) { unsubscribe(); return; }
    if (hasPanel(message.transactionId)) return;
    const tx = { id: message.transactionId, kind: message.kind, title: message.title, method: message.method, status: 'Pending', lines: message.lines };
    list.prepend(await confirmPanel(tx, { waitForPush: true, onFinal: done }));
    empty.hidden = true;
  });
  const pending = await api('/transactions?pending=true');
  for (const tx of pending) {
    if (!hasPanel(tx.id)) list.append(await confirmPanel(tx, { onFinal: done }));
  }
  empty.hidden = list.childElementCount > 0;
}
