import { api } from '../api.js';
import { el, mount } from '../dom.js';
import { formatTime } from '../i18n.js';

export async function show(root) {
  await mount(root, 'history');
  const list = await api('/transactions');
  root.querySelector('.empty').hidden = list.length > 0;
  root.querySelector('.rows').replaceChildren(...list.map(tx => el('tr', { 'data-tx': tx.id, 'data-status': tx.status },
    el('td', {}, formatTime(tx.createdAt)),
    el('td', {}, tx.title),
    el('td', {}, tx.lines.map(line => `${line.label} ${line.value}`).join(' / ')),
    el('td', {}, el('span', { class: `status status-${tx.status}`, i18n: ['status.' + tx.status] })))));
}
