// Who is using this browser. The server remembers the player in an HttpOnly cookie; the page
// asks `GET /api/session` (never a refusal, so a visitor's console stays clean) rather than storing anything itself.
import { get, post } from './api.js';
import { describe } from './problems.js';

/** The signed-in player `{id, name, guest}`, or null for a visitor. */
export async function whoAmI() {
  const { player } = await get('/api/session');
  return player ? { id: player.id, name: player.name, guest: player.guest } : null;
}

/**
 * Wires a sign-in form (an input named "name" and a message element) to registration; resolves
 * with the new player once the server has set the cookie.
 */
export function signInForm(form, onSignedIn) {
  const message = form.querySelector('.form-message');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = form.elements.name.value.trim();
    message.textContent = '';
    try {
      const player = await post('/api/players', { name });
      onSignedIn({ id: player.id, name: player.name, guest: true });
    } catch (problem) {
      message.textContent = describe(problem);
      form.elements.name.focus();
    }
  });
}

/** Wires the lobby's sign-in form (name and password) to `POST /api/session`. */
export function passwordSignInForm(form, onSignedIn) {
  const message = form.querySelector('.form-message');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    try {
      const player = await post('/api/session', { name: form.elements.name.value.trim(),
        password: form.elements.password.value });
      form.reset();
      onSignedIn({ id: player.id, name: player.name, guest: false });
    } catch (problem) {
      message.textContent = describe(problem);
    }
  });
}
