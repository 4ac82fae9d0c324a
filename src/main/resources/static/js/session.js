// Who is using this browser. The server remembers the player in an HttpOnly cookie; the page
// asks `/api/players/me` rather than storing anything itself.
import { get, post, Problem } from './api.js';
import { describe } from './problems.js';

/** The signed-in player `{id, name, guest}`, or null for a visitor. */
export async function whoAmI() {
  try {
    const me = await get('/api/players/me');
    return { id: me.id, name: me.name, guest: me.guest };
  } catch (problem) {
    if (problem instanceof Problem && problem.status === 401) {
      return null;
    }
    throw problem;
  }
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
