// The lobby: sign in, create a game, join an open one, find your own. The lobby list is a
// database read that lags the game hosts a little, so polling it every few seconds is cheap
// and good enough here (a game page never polls: it follows its game's live events).
import { get, post } from './api.js';
import { describeTimeControl } from './clocks.js';
import { describe } from './problems.js';
import { signInForm, whoAmI } from './session.js';

const REFRESH_MS = 3000;
const $ = (id) => document.getElementById(id);

let me = null;

async function main() {
  me = await whoAmI();
  showWho();
  signInForm($('sign-in-form'), (player) => {
    me = player;
    showWho();
    refresh();
  });
  $('create-form').addEventListener('submit', createGame);
  $('time-control').addEventListener('change', () => {
    $('custom-clock').hidden = $('time-control').value !== 'custom';
  });
  await refresh();
  setInterval(refresh, REFRESH_MS);
}

function showWho() {
  $('who').textContent = me ? `Signed in as ${me.name}` : 'Watching as a visitor';
  $('sign-in').hidden = me !== null;
  $('create').hidden = me === null;
  $('mine-panel').hidden = me === null;
  if (!me) {
    $('name').focus();
  }
}

async function createGame(event) {
  event.preventDefault();
  const form = event.target;
  try {
    const game = await post('/api/games', { seats: Number(form.elements.seats.value), clock: chosenClock(form) });
    location.assign(`/games/${encodeURIComponent(game.id)}`);
  } catch (problem) {
    form.querySelector('.form-message').textContent = describe(problem);
  }
}

/** The time control the form asks for: a preset "initial/increment/overtime", untimed (null), or custom. */
function chosenClock(form) {
  const choice = form.elements.timeControl.value;
  if (choice === 'untimed') {
    return null;
  }
  if (choice === 'custom') {
    return { initial: Number(form.elements.minutes.value) * 60, increment: Number(form.elements.increment.value),
      overtime: Number(form.elements.overtime.value) };
  }
  const [initial, increment, overtime] = choice.split('/').map(Number);
  return { initial, increment, overtime };
}

async function join(game, button) {
  button.disabled = true;
  try {
    await post(`/api/games/${encodeURIComponent(game.id)}/join`);
    location.assign(`/games/${encodeURIComponent(game.id)}`);
  } catch (problem) {
    button.disabled = false;
    $('lobby-status').textContent = describe(problem);
  }
}

async function refresh() {
  try {
    const [waiting, active] = await Promise.all([
      get('/api/games?status=waiting&limit=50'),
      get('/api/games?status=active&limit=50'),
    ]);
    render(waiting.games, active.games);
  } catch (problem) {
    $('lobby-status').textContent = describe(problem);
  }
}

const seated = (game) => me !== null && game.seats.some((seat) => seat.player.id === me.id);

function render(waiting, active) {
  const mine = [...waiting, ...active].filter(seated);
  const open = waiting.filter((game) => !seated(game) && game.seats.length < game.seatCount);
  const playing = active.filter((game) => !seated(game));
  fill($('mine'), mine, 'You have no games yet.');
  fill($('open'), open, 'No open games. Create one!');
  fill($('playing'), playing, 'Nobody is playing right now.');
}

function fill(list, games, empty) {
  const items = games.length === 0 ? [emptyItem(empty)] : games.map(item);
  list.replaceChildren(...items);
}

function emptyItem(text) {
  const li = document.createElement('li');
  li.className = 'empty';
  li.textContent = text;
  return li;
}

function item(game) {
  const li = document.createElement('li');
  li.dataset.gameId = game.id;
  const link = document.createElement('a');
  link.href = `/games/${encodeURIComponent(game.id)}`;
  link.className = 'game-link';
  const names = game.seats.map((seat) => game.status === 'active'
    ? `${seat.player.name} ${seat.score}` : seat.player.name);
  link.textContent = names.join(' · ') || 'Empty game';
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = `${game.status === 'waiting' ? `${game.seats.length} of ${game.seatCount} seats` : 'in play'}`
    + ` · ${describeTimeControl(game.clock)}`;
  li.append(link, meta);
  if (me && game.status === 'waiting' && !seated(game) && game.seats.length < game.seatCount) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'join';
    button.textContent = 'Join';
    button.addEventListener('click', () => join(game, button));
    li.append(button);
  } else {
    const open = document.createElement('a');
    open.href = link.href;
    open.className = 'button';
    open.textContent = seated(game) ? 'Open' : 'Watch';
    li.append(open);
  }
  return li;
}

main();
