// The signed-in player's ratings beside their name in the lobby, linked to their profile.
import { describeRating, profileOf } from './ratings.js';

export async function showMyRatings(me, who) {
  if (!me) {
    return;
  }
  const profile = await profileOf(me.id);
  const link = document.createElement('a');
  link.id = 'my-profile';
  link.href = `/players/${encodeURIComponent(me.id)}`;
  const ratings = Object.entries(profile?.ratings ?? {});
  link.textContent = ratings.length === 0 ? ' (1500?)'
    : ` (${ratings.map(([key, rating]) => `${key.split(':')[1]} ${describeRating(rating)}`).join(', ')})`;
  who.append(link);
}
