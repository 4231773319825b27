import { mount } from '../dom.js';

export async function show(root) {
  await mount(root, 'register-otp');
}
