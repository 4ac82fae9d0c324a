// The "Import GCG" page: posts a record's text and opens the imported game in the replay viewer.
import { post } from './api.js';

const form = document.getElementById('import-form');
const message = form.querySelector('.form-message');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.textContent = '';
  try {
    const game = await post('/api/games/import', { gcg: form.gcg.value });
    location.assign(`/replay.html?id=${encodeURIComponent(game.id)}`);
  } catch (problem) {
    message.textContent = problem.status === 401
      ? 'Choose a name in the lobby first: importing needs an account.'
      : problem.message;
  }
});
