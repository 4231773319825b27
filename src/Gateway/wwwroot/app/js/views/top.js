import { api } from '../api.js';
import { el, mount } from '../dom.js';
import { setText } from '../i18n.js';

export async function show(root, app) {
  await mount(root, 'top');
  const session = app.session;
  const part = selector => root.querySelector(selector);
  setText(part('.welcome'), 'top.welcome', { login: session.loginId });
  part('.contract').textContent = session.contractId;
  part('.login').textContent = session.loginId;
  part('.permissions').replaceChildren(...session.permissions.flatMap((p, i) => [i ? el('span', { i18n: ['list.sep'] }) : null, el('span', { i18n: ['perm.' + p] })]).filter(Boolean));
  const method = part('.method');
  setText(method, 'method.' + session.confirmation);
  if (session.confirmation === 'Blocked') method.append('（', el('span', { i18n: ['block.' + session.block] }), '）');
  part('.token').textContent = session.tokenSerial ?? '—';
  part('.register').hidden = session.confirmation === 'Token' || !session.permissions.some(p => p !== 'Inquiry');
  for (const tile of root.querySelectorAll('[data-needs]')) {
    tile.hidden = !tile.dataset.needs.split(' ').some(p => session.permissions.includes(p));
  }
  const pending = await api('/transactions?pending=true');
  const count = part('.pending-count');
  if (pending.length) setText(count, 'top.pending', { count: pending.length }); else setText(count, 'top.noPending');
}
