import { formValues, mount } from '../dom.js';
import { wireOperation } from '../operation.js';

export async function show(root, app) {
  await mount(root, 'bulk');
  const form = root.querySelector('form');
  wireOperation(root, app, {
    form,
    path: '/bulk-approvals',
    body: () => {
      const values = formValues(form);
      return { ...values, totalCount: Number(values.totalCount), totalAmount: Number(values.totalAmount) };
    },
  });
}
