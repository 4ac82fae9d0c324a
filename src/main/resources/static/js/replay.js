// The replay viewer of a finished game: one turn at a time from `GET /api/games/{id}?turn=n`,
// stepped with the buttons or the arrow keys, each turn with its rack, the scores, and the
// analysis's best play marked on the board. Every turn has its own address (?turn=n).
import { get } from './api.js';
import { BoardView, key } from './board.js';

const params = new URLSearchParams(location.search);
const id = params.get('id');
const gamePath = `/api/games/${encodeURIComponent(id)}`;
const board = new BoardView(document.getElementById('board'));
const message = document.getElementById('message');
let whole = null;
let best = new Map();
let at = 0;
let showing = 0;

const turnLink = (n) => `/replay.html?id=${encodeURIComponent(id)}&turn=${n}`;

function describe(move, names) {
  const who = names[move.seat];
  switch (move.type) {
    case 'place':
      return `${who} played ${move.words.map((w) => w.word).join(', ')} for ${move.score}`;
    case 'challenge':
      return move.phony ? `${who}'s ${move.words.map((w) => w.word).join(', ')} came off (${move.score})`
        : `${who} gained ${move.score} from a challenge`;
    case 'exchange':
      return `${who} exchanged ${move.count}`;
    default:
      return `${who}: ${move.type}`;
  }
}

function listTurns(names) {
  const list = document.getElementById('replay-turns');
  list.replaceChildren(...whole.moves.map((move, n) => {
    const item = document.createElement('li');
    item.dataset.turn = n;
    const link = document.createElement('a');
    link.href = turnLink(n);
    link.textContent = describe(move, names);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      show(n);
    });
    item.append(link);
    return item;
  }));
}

function markBest(turn) {
  for (const square of document.querySelectorAll('.square.best-play')) {
    square.classList.remove('best-play');
    delete square.dataset.best;
  }
  const play = best.get(turn);
  const text = document.getElementById('replay-best');
  text.textContent = play ? `Best play: ${play.words[0].word} ${play.position} +${play.score}` : '';
  for (const tile of play?.tiles ?? []) {
    const square = board.square(tile.row, tile.col);
    square.classList.add('best-play');
    square.dataset.best = tile.blank ? tile.letter.toLowerCase() : tile.letter;
  }
}

async function show(n) {
  const count = whole.moves.length;
  at = Math.max(0, Math.min(count, n));
  const asked = ++showing;
  let view;
  try {
    view = await get(`${gamePath}?turn=${at}`);
  } catch (problem) {
    message.textContent = problem.message;
    return;
  }
  if (asked !== showing) {
    return;
  }
  const last = new Set((whole.moves[at - 1]?.tiles ?? []).map((t) => key(t.row, t.col)));
  board.render({ board: view.board, tentative: new Map(), last, cursor: null });
  const names = view.seats.map((seat) => seat.player.name);
  const rows = view.seats.map((seat, s) => {
    const row = document.createElement('tr');
    row.dataset.seat = s;
    row.classList.toggle('to-move', at < count && view.turn === s);
    for (const [cls, text] of [['name', names[s]], ['score', seat.score], ['rack', view.racks[s]]]) {
      const cell = document.createElement('td');
      cell.className = cls;
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  });
  document.querySelector('#replay-scores tbody').replaceChildren(...rows);
  document.getElementById('replay-position').textContent = at < count
    ? `Turn ${at} of ${count}: ${names[view.turn]} to move` : `The end (${count} turns)`;
  document.getElementById('replay-move').textContent = at < count ? describe(whole.moves[at], names)
    : `Final scores: ${view.result.scores.join(' – ')}`;
  for (const item of document.querySelectorAll('#replay-turns li')) {
    item.classList.toggle('current', Number(item.dataset.turn) === at);
  }
  markBest(at);
  history.replaceState(null, '', turnLink(at));
}

document.getElementById('replay-first').addEventListener('click', () => show(0));
document.getElementById('replay-prev').addEventListener('click', () => show(at - 1));
document.getElementById('replay-next').addEventListener('click', () => show(at + 1));
document.getElementById('replay-last').addEventListener('click', () => show(whole.moves.length));
document.addEventListener('keydown', (event) => {
  if (!whole || event.target.closest('input, textarea')) {
    return;
  }
  const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: whole.moves.length }[event.key];
  if (to !== undefined) {
    event.preventDefault();
    show(to);
  }
});

async function open() {
  document.getElementById('replay-game').href = `/games/${encodeURIComponent(id)}`;
  try {
    whole = await get(gamePath);
  } catch (problem) {
    message.textContent = problem.message;
    return;
  }
  if (whole.status !== 'finished') {
    message.textContent = 'This game is still being played: it can be replayed once it is over.';
    return;
  }
  listTurns(whole.seats.map((seat) => seat.player.name));
  const analysis = await get(`${gamePath}/analysis`).catch(() => null);
  whole.moves.forEach((move, n) => {
    const turn = analysis?.moves.find((t) => t.version === move.version);
    if (turn?.best) {
      best.set(n, turn.best);
    }
  });
  document.body.dataset.ready = 'true';
  await show(Number(params.get('turn') ?? 0) || 0);
}

open();
