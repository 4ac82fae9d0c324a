// Calling off a waiting game from the lobby's "your games" (`DELETE /api/games/{id}`, the creator
// only). The game leaves the lists when the live lobby says `gone`, like any other.
import { del } from './api.js';
import { describe } from './problems.js';

/** A Cancel button for one of the player's own waiting games; `say` shows a refusal. */
export function cancelButton(game, say) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'cancel-game danger';
  button.textContent = 'Cancel';
  button.setAttribute('aria-label', `Cancel the game ${game.seats.map((s) => s.player.name).join(', ')}`);
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Cancelling…';
    try {
      await del(`/api/games/${encodeURIComponent(game.id)}`);
    } catch (problem) {
      button.disabled = false;
      button.textContent = 'Cancel';
      say(describe(problem));
    }
  });
  return button;
}
