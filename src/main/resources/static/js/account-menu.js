// The account menu in the header of every page: who you are, "Set a password" for a guest (whose
// only credential is this browser's cookie), and Sign out, which warns a guest first that the
// account cannot be come back to without a password.
import { del, put } from './api.js';
import { describe } from './problems.js';

const GUEST_WARNING = 'You are playing as a guest. Signing out loses this account for good unless you set a '
  + 'password first.';

/** What every page's `<details id="account">` holds; written here once, not in each page. */
const MENU = `
  <summary></summary>
  <div class="account-items">
    <form class="password-form inline-form">
      <p class="hint">Set a password to sign in again on any device.</p>
      <label for="current-password" class="visually-hidden">Current password</label>
      <input id="current-password" name="current" type="password" autocomplete="current-password"
             maxlength="128" placeholder="Current password">
      <label for="new-password" class="visually-hidden">New password</label>
      <input id="new-password" name="password" type="password" autocomplete="new-password"
             minlength="8" maxlength="128" required placeholder="New password, 8 to 128 characters">
      <button type="submit">Set a password</button>
      <p class="form-message" role="status"></p>
    </form>
    <button type="button" class="sign-out">Sign out</button>
  </div>`;

const SIGN_OUT_DIALOG = `
  <dialog id="sign-out-dialog" aria-labelledby="sign-out-title">
    <form method="dialog">
      <h2 id="sign-out-title">Sign out?</h2>
      <p class="warning"></p>
      <div class="dialog-buttons">
        <button value="cancel" formnovalidate>Cancel</button>
        <button value="ok" class="danger" id="sign-out-ok">Sign out anyway</button>
      </div>
    </form>
  </dialog>`;

/** Fills the header's account menu for `me` ({id, name, guest}, or null for a visitor). */
export function accountMenu(me) {
  const menu = document.getElementById('account');
  if (!menu) {
    return;
  }
  if (!menu.firstElementChild) {
    menu.innerHTML = MENU;
  }
  menu.hidden = me === null;
  if (me === null) {
    return;
  }
  menu.querySelector('summary').textContent = me.guest ? 'Guest account' : 'Account';
  const form = menu.querySelector('.password-form');
  form.querySelector('button').textContent = me.guest ? 'Set a password' : 'Change password';
  form.querySelector('.hint').hidden = !me.guest;
  // A guest has no password yet; changing one needs the current password.
  const current = form.elements.current;
  current.hidden = me.guest;
  current.required = !me.guest;
  form.onsubmit = async (event) => {
    event.preventDefault();
    const message = form.querySelector('.form-message');
    message.textContent = '';
    try {
      const body = { password: form.elements.password.value };
      if (!me.guest) {
        body.current = current.value;
      }
      // The answer's cookie carries a fresh token: every other token of the account ends here.
      await put('/api/players/me/password', body);
      form.reset();
      const wasGuest = me.guest;
      me.guest = false;
      accountMenu(me);
      message.textContent = wasGuest ? 'Password set. You can now sign in anywhere with your name and it.'
        : 'Password changed. Every other device is signed out.';
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
  if (!document.getElementById('sign-out-dialog')) {
    document.body.insertAdjacentHTML('beforeend', SIGN_OUT_DIALOG);
  }
  const dialog = document.getElementById('sign-out-dialog');
  dialog.querySelector('.warning').textContent = GUEST_WARNING;
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
  });
}
