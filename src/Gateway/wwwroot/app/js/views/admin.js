import { api } from '../api.js';
import { confirmPanel } from '../confirm.js';
import { clearError, el, formValues, mount, showError } from '../dom.js';

const PERMISSIONS = ['Inquiry', 'DataCreation', 'FundTransfer', 'Approval', 'Admin'];

function permissionChecks(selected, prefix) {
  return PERMISSIONS.map(p => {
    const box = el('input', { type: 'checkbox', name: 'permission', value: p, id: `${prefix}-${p}`, checked: selected.includes(p) });
    return el('label', { for: `${prefix}-${p}` }, box, el('span', { i18n: ['perm.' + p] }));
  });
}

const checked = container => [...container.querySelectorAll('input[name=permission]:checked')].map(b => b.value);

// Administration: every change is an ADM transaction, confirmed with the administrator's own token.
export async function show(root, app) {
  await mount(root, 'admin');
  const area = root.querySelector('.confirm-area');
  const error = root.querySelector('.error');
  const add = root.querySelector('.add-form');
  const load = async () => renderTables(root, await api('/admin/contract'), change);

  async function change(body) {
    clearError(error);
    try {
      const tx = await api('/admin/changes', { method: 'POST', body });
      area.replaceChildren(await confirmPanel(tx, {
        waitForPush: true,
        onFinal: status => {
          app.updateBadge();
          if (status === 'Authorized') {
            add.reset();
            load();
          }
        },
      }));
      area.scrollIntoView({ behavior: 'smooth' });
    } catch (failure) {
      showError(error, failure);
    }
  }

  root.querySelector('.new-permissions').append(...permissionChecks(['Inquiry'], 'new'));
  add.addEventListener('submit', event => {
    event.preventDefault();
    const values = formValues(add);
    change({ operation: 'USER_ADD', targetLoginId: values.targetLoginId, permissions: checked(add), password: values.password, pin: values.pin });
  });
  try {
    await load();
  } catch (failure) {
    showError(error, failure);
  }
}

function renderTables(root, overview, change) {
  root.querySelector('.users').replaceChildren(...overview.users.map(user => {
    const actions = el('td', { class: 'actions' });
    const perms = el('td', {}, ...user.permissions.flatMap((p, i) => [i ? el('span', { i18n: ['list.sep'] }) : null, el('span', { i18n: ['perm.' + p] })]));
    if (!user.master) {
      const edit = el('button', { type: 'button', class: 'secondary', i18n: ['admin.change'] });
      const remove = el('button', { type: 'button', class: 'danger', i18n: ['admin.delete'] });
      edit.addEventListener('click', () => {
        const checks = el('div', { class: 'checks' }, ...permissionChecks(user.permissions, 'edit-' + user.loginId));
        const save = el('button', { type: 'button', class: 'primary', i18n: ['admin.changeSubmit'] });
        save.addEventListener('click', () => change({ operation: 'USER_CHANGE', targetLoginId: user.loginId, permissions: checked(checks) }));
        perms.replaceChildren(checks, save);
      });
      remove.addEventListener('click', () => change({ operation: 'USER_DELETE', targetLoginId: user.loginId }));
      actions.append(edit, remove);
    }
    if (user.tokenSerial) {
      const revoke = el('button', { type: 'button', class: 'danger', i18n: ['admin.revoke'], 'data-testid': 'revoke-' + user.loginId });
      revoke.addEventListener('click', () => change({ operation: 'TOKEN_REVOKE', targetLoginId: user.loginId }));
      actions.append(revoke);
    }
    const login = el('td', {}, user.loginId, user.master ? el('div', { class: 'muted', i18n: ['admin.master'] }) : null);
    const token = el('td', {}, el('span', { i18n: ['standing.' + user.token] }), user.tokenSerial ? ` ${user.tokenSerial}` : '');
    return el('tr', { 'data-user': user.loginId }, login, perms, token, actions);
  }));
  root.querySelector('.tokens').replaceChildren(...overview.tokens.map(token => el('tr', { 'data-token': token.serial },
    el('td', {}, token.serial),
    el('td', {}, el('span', { i18n: ['tokenStatus.' + token.status] }), token.locked ? el('strong', { class: 'result bad', i18n: ['admin.locked'] }) : null),
    el('td', { class: 'num' }, String(token.failures)),
    el('td', {}, token.users.join(', ')))));
}
