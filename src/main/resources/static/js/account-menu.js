// The account menu in the header of every page: who you are, "Set a password" for a guest (whose
// only credential is this browser's cookie), and Sign out, which warns a guest first that the
// account cannot be come back to without a password.
import { del, put } from './api.js';
import { describe } from './problems.js';

const GUEST_WARNING = 'You are playing as a guest. Signing out loses this account for good unless you set a '
  + 'password first.';

/** Fills the header's account menu for `me` ({id, name, guest}, or null for a visitor). */
export function accountMenu(me) {
  const menu = document.getElementById('account');
  if (!menu) {
    return;
  }
  menu.hidden = me === null;
  if (me === null) {
    return;
  }
  menu.querySelector('summary').textContent = me.guest ? 'Guest account' : 'Account';
  const form = menu.querySelector('.password-form');
  form.querySelector('button').textContent = me.guest ? 'Set a password' : 'Change password';
  form.querySelector('.hint').hidden = !me.guest;
  form.onsubmit = async (event) => {
    event.preventDefault();
    const message = form.querySelector('.form-message');
    try {
      await put('/api/players/me/password', { password: form.elements.password.value });
      form.reset();
      me.guest = false;
      accountMenu(me);
      message.textContent = 'Password set. You can now sign in anywhere with your name and it.';
    } catch (problem) {
      message.textContent = describe(problem);
    }
  };
  menu.querySelector('.sign-out').onclick = async () => {
    if (me.guest && !(await confirmSignOut())) {
      return;
    }
    await del('/api/session');
    location.assign('/');
  };
}

function confirmSignOut() {
  const dialog = document.getElementById('sign-out-dialog');
  dialog.querySelector('.warning').textContent = GUEST_WARNING;
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
  });
}
