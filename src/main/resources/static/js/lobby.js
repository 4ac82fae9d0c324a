// The lobby: sign in, create a game, join an open one, find your own. It follows the live lobby
// (`/api/lobby/events`): a snapshot of the games waiting and in play, then each game that
// appears or changes, and each that leaves the lists. Nothing here polls.
import { get, post } from './api.js';
import { cancelButton } from './cancel-game.js';
import { describeTimeControl } from './clocks.js';
import { describe } from './problems.js';
import { accountMenu } from './account-menu.js';
import { passwordSignInForm, signInForm, whoAmI } from './session.js';
import { showMyRatings } from './lobby-ratings.js';

const $ = (id) => document.getElementById(id);

let me = null;
/** The games waiting and in play, by id, newest first as the server lists them. */
let games = new Map();
let source = null;

async function main() {
  me = await whoAmI();
  showWho();
  const signedIn = (player) => {
    me = player;
    showWho();
    follow(); // the stream was opened as a visitor's: open it again with the cookie, for "mine"
  };
  signInForm($('sign-in-form'), signedIn);
  passwordSignInForm($('session-form'), signedIn);
  $('create-form').addEventListener('submit', createGame);
  $('opponent').addEventListener('change', showOpponent);
  offerBots();
  $('time-control').addEventListener('change', () => {
    $('custom-clock').hidden = $('time-control').value !== 'custom';
  });
  follow();
}

/** Opens the live lobby; the browser reconnects by itself, and every new connection starts with a snapshot. */
function follow() {
  source?.close();
  source = new EventSource('/api/lobby/events');
  source.addEventListener('snapshot', (event) => {
    const lists = JSON.parse(event.data);
    games = new Map();
    for (const game of [...lists.open, ...lists.playing, ...(lists.mine ?? [])]) {
      games.set(game.id, game);
    }
    $('lobby-status').textContent = '';
    render();
  });
  source.addEventListener('game', (event) => {
    const game = JSON.parse(event.data);
    if (!games.has(game.id)) {
      games = new Map([[game.id, game], ...games]); // a new game goes first
    } else {
      games.set(game.id, game);
    }
    render();
  });
  source.addEventListener('gone', (event) => {
    games.delete(JSON.parse(event.data).id);
    render();
  });
  source.addEventListener('error', () => {
    $('lobby-status').textContent = 'Reconnecting to the lobby…';
  });
}

function showWho() {
  $('who').textContent = me ? `Signed in as ${me.name}` : 'Watching as a visitor';
  showMyRatings(me, $('who'));
  $('sign-in').hidden = me !== null;
  $('returning').hidden = me !== null;
  accountMenu(me);
  $('create').hidden = me === null;
  $('mine-panel').hidden = me === null;
  if (!me) {
    $('name').focus();
  }
}

/** "Play the computer": each level the server has, weakest first, beside waiting for people. */
async function offerBots() {
  try {
    const { bots } = await get('/api/bots');
    $('opponent').append(...bots.map((bot) => new Option(`The computer: ${bot.name}`, bot.id)));
  } catch {
    // Without the list, games against people only.
  }
}

/** Against the computer a game has two seats and starts at once. */
function showOpponent() {
  const bot = $('opponent').value !== '';
  if (bot) {
    $('seats').value = '2';
  }
  $('seats').disabled = bot;
  $('create-button').textContent = bot ? 'Play the computer' : 'Create game';
}

async function createGame(event) {
  event.preventDefault();
  const form = event.target;
  const opponent = form.elements.opponent.value || undefined;
  try {
    const game = await post('/api/games', { seats: Number(form.elements.seats.value), clock: chosenClock(form), opponent,
      challenge: form.elements.challenge.value, rated: form.elements.rated.value === 'rated' });
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

const seated = (game) => me !== null && game.seats.some((seat) => seat.player.id === me.id);

function render() {
  const waiting = [...games.values()].filter((game) => game.status === 'waiting');
  const active = [...games.values()].filter((game) => game.status === 'active');
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
    + ` · ${describeTimeControl(game.clock)}${game.challenge && game.challenge !== 'void' ? ` · ${game.challenge} challenge` : ''}`;
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
  if (me && game.status === 'waiting' && game.createdBy === me.id) {
    li.append(cancelButton(game, (text) => { $('lobby-status').textContent = text; }));
  }
  return li;
}

main();
