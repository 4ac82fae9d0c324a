// Ratings as players see them: a rating with `?` while provisional, the key of a game from its
// clock and lexicon (as the server computes it), and each player's profile fetched once a page.
import { get } from './api.js';

const profiles = new Map();

export function ratingKey(game) {
  const clock = game.clock;
  if (!clock) {
    return `${game.lexicon}:correspondence`;
  }
  const estimate = clock.initial + 15 * clock.increment;
  const category = estimate < 180 ? 'ultrablitz' : estimate < 480 ? 'blitz' : estimate < 1200 ? 'rapid' : 'classic';
  return `${game.lexicon}:${category}`;
}

export function describeRating(rating) {
  return rating ? `${Math.round(rating.rating)}${rating.provisional ? '?' : ''}` : '1500?';
}

export function profileOf(playerId) {
  if (!profiles.has(playerId)) {
    profiles.set(playerId, get(`/api/players/${encodeURIComponent(playerId)}`).catch(() => null));
  }
  return profiles.get(playerId);
}

/** Puts each seat's rating in the key of this game beside the name in the scores table. */
export async function showSeatRatings(game, table) {
  if (!game.rated) {
    return;
  }
  const key = ratingKey(game);
  for (const [index, seat] of game.seats.entries()) {
    const profile = await profileOf(seat.player.id);
    const row = table.tBodies[0]?.rows[index];
    if (!row || row.querySelector('.seat-rating')) {
      continue;
    }
    const label = document.createElement('span');
    label.className = 'seat-rating';
    label.textContent = ` (${describeRating(profile?.ratings?.[key])})`;
    row.cells[0].append(label);
  }
}

let changesShown = false;

/** Once a rated game has ended, shows each seat's rating change as soon as the server has rated it. */
export async function showRatingChanges(game, box) {
  if (!game.rated || game.status !== 'finished' || changesShown) {
    return;
  }
  changesShown = true;
  for (let attempt = 0; attempt < 15; attempt++) {
    const view = await get(`/api/games/${encodeURIComponent(game.id)}`).catch(() => null);
    if (view?.ratings) {
      box.replaceChildren(...view.ratings.map((change) => {
        const item = document.createElement('li');
        const delta = change.after.rating - change.before.rating;
        item.dataset.seat = String(change.seat);
        item.textContent = `${game.seats[change.seat].player.name}: ${Math.round(change.before.rating)} → `
          + `${Math.round(change.after.rating)} (${delta >= 0 ? '+' : ''}${delta.toFixed(1)})`;
        return item;
      }));
      box.hidden = false;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
