import { el, mount } from '../dom.js';
import { halfWidthKana } from '../kana.js';
import { formatYen, setText } from '../i18n.js';
import { wireOperation } from '../operation.js';

const MAX_ITEMS = 9;

export async function show(root, app) {
  await mount(root, 'fee');
  const form = root.querySelector('form');
  const items = root.querySelector('.items');
  const add = root.querySelector('.add');
  const total = root.querySelector('.total');

  const input = (name, attributes) => el('input', { name, required: true, ...attributes });
  const refresh = () => {
    [...items.children].forEach((row, i) => { row.firstElementChild.textContent = String(i + 1); });
    add.disabled = items.childElementCount >= MAX_ITEMS;
    const amounts = [...items.querySelectorAll('[name=amount]')].map(i => Number(i.value) || 0);
    setText(total, 'fee.total', { total: formatYen(amounts.reduce((a, b) => a + b, 0)), count: amounts.length });
  };
  const addRow = () => {
    const remove = el('button', { type: 'button', class: 'danger', i18n: ['fee.remove'] });
    const row = el('tr', { 'data-testid': 'fee-item' },
      el('td', {}),
      el('td', {}, input('agencyNumber', { inputmode: 'numeric', maxlength: 5, pattern: '[0-9]{5}', size: 6, placeholder: '12345' })),
      el('td', {}, input('agencyNameKana', { maxlength: 30, placeholder: 'ｺｸｾﾞｲ', 'data-kana': true })),
      el('td', {}, input('customerNumber', { inputmode: 'numeric', maxlength: 20, pattern: '[0-9]{1,20}', placeholder: '0001' })),
      el('td', {}, input('amount', { inputmode: 'numeric', pattern: '[0-9]{1,13}', size: 10, placeholder: '10000' })),
      el('td', {}, remove));
    remove.addEventListener('click', () => {
      if (items.childElementCount > 1) row.remove();
      refresh();
    });
    items.append(row);
    refresh();
  };
  add.addEventListener('click', addRow);
  items.addEventListener('input', refresh);
  addRow();

  wireOperation(root, app, {
    form,
    path: '/fee-payments',
    body: () => ({
      items: [...items.children].map(row => {
        const value = name => row.querySelector(`[name=${name}]`).value.trim();
        return { agencyNumber: value('agencyNumber'), agencyNameKana: halfWidthKana(value('agencyNameKana')), customerNumber: value('customerNumber'), amount: Number(value('amount')) };
      }),
    }),
  });
}
