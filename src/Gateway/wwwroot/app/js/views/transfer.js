import { formValues, mount } from '../dom.js';
import { wireOperation } from '../operation.js';

export async function show(root, app) {
  await mount(root, 'transfer');
  const form = root.querySelector('form');
  wireOperation(root, app, {
    form,
    path: '/transfers',
    body: () => {
      const values = formValues(form);
      return { ...values, amount: Number(values.amount) };
    },
  });
}
