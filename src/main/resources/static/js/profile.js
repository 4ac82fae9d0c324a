// A player's profile: ratings per key (`?` while provisional), a chart of each key's history drawn
// as an SVG polyline, the stats, and the finished games page by page, each linked to its game.
import { get } from './api.js';
import { describeRating } from './ratings.js';

const $ = (id) => document.getElementById(id);
const playerId = decodeURIComponent(location.pathname.split('/').pop());
const SVG = 'http://www.w3.org/2000/svg';
let next = null;

async function main() {
  const profile = await get(`/api/players/${encodeURIComponent(playerId)}`);
  $('player-name').textContent = profile.name;
  document.title = `${profile.name} — Tilecast`;
  const s = profile.stats;
  $('stats').textContent = `${s.games} games: ${s.wins} won, ${s.losses} lost, ${s.draws} drawn; `
    + `average score ${s.averageScore}; ${s.bingos} bingos`;
  const keys = Object.keys(profile.ratings);
  $('no-ratings').hidden = keys.length > 0;
  for (const key of keys) {
    const item = document.createElement('li');
    item.className = 'rating';
    item.dataset.key = key;
    const label = document.createElement('p');
    const rating = profile.ratings[key];
    label.textContent = `${key}: ${describeRating(rating)} (±${Math.round(rating.deviation)}, ${rating.games} games)`;
    item.append(label);
    const { history } = await get(`/api/players/${encodeURIComponent(playerId)}/ratings/${encodeURIComponent(key)}`);
    item.append(chart(history));
    $('ratings').append(item);
  }
  $('more').addEventListener('click', page);
  await page();
}

function chart(history) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 300 100');
  svg.setAttribute('class', 'rating-chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Rating after each rated game');
  const values = [1500, ...history.map((point) => point.rating)];
  const low = Math.min(...values) - 10;
  const high = Math.max(...values) + 10;
  const points = values.map((value, i) => {
    const x = values.length === 1 ? 0 : (300 * i) / (values.length - 1);
    const y = 100 - (100 * (value - low)) / (high - low);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', points.join(' '));
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', 'currentColor');
  line.setAttribute('stroke-width', '2');
  svg.append(line);
  return svg;
}

async function page() {
  const query = `limit=20${next ? `&before=${encodeURIComponent(next)}` : ''}`;
  const answer = await get(`/api/players/${encodeURIComponent(playerId)}/games?${query}`);
  for (const game of answer.games) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `/games/${encodeURIComponent(game.id)}`;
    const against = game.opponents.map((o) => `${o.player.name} ${o.score}`).join(', ');
    link.textContent = `${game.result} ${game.scores[game.seat]} against ${against}`;
    item.append(link);
    if (game.ratingChange !== null) {
      const change = document.createElement('span');
      change.className = 'rating-change';
      change.textContent = ` ${game.ratingChange >= 0 ? '+' : ''}${game.ratingChange.toFixed(1)}`;
      item.append(change);
    }
    $('games').append(item);
  }
  next = answer.next;
  $('more').hidden = next === null;
}

main();
