// Everything beside the board that only shows the game: whose turn, scores, bag, moves, result.
import { finalPassExpected } from './game-state.js';

const $ = (id) => document.getElementById(id);

const REASONS = {
  out: 'a player went out',
  scoreless: 'too many scoreless turns in a row',
  resigned: 'resignation',
  timeout: 'a player running out of time',
  aborted: 'abort, before every player had moved',
  abandoned: 'a claim against a player who had left',
};

const OUT = { resigned: 'resigned', timeout: 'out of time', abandoned: 'left' };

export function renderSide(game, mySeat) {
  const name = (seat) => game.seats[seat]?.player.name ?? `seat ${seat + 1}`;
  $('turn').textContent = turnText(game, mySeat, name);
  $('turn').classList.toggle('mine', isMyTurn(game, mySeat));
  $('bag').textContent = String(game.bag);
  renderScores(game, mySeat);
  renderHistory(game, name);
  renderResult(game, name);
  document.title = title(game, mySeat);
}

export function isMyTurn(game, mySeat) {
  return game.status === 'active' && mySeat >= 0 && game.turn === mySeat;
}

function turnText(game, mySeat, name) {
  switch (game.status) {
    case 'waiting':
      return `Waiting for players: ${game.seats.length} of ${game.seatCount} seats taken.`;
    case 'finished':
      return 'Game over.';
    case 'cancelled':
      return 'The creator cancelled this game before it started.';
    default: {
      if (isMyTurn(game, mySeat) && finalPassExpected(game)) {
        return `${name(game.pending)} went out: pass to end the game, or challenge.`;
      }
      const whose = isMyTurn(game, mySeat) ? 'Your turn' : `${name(game.turn)}'s turn`;
      // Untimed games last days: say since when.
      return !game.clock && game.turnSince ? `${whose} since ${since(game.turnSince)}.` : `${whose}.`;
    }
  }
}

/** "14:05" today, "6 Dec, 14:05" another day, in the browser's time zone. */
function since(instant) {
  const at = new Date(instant);
  const time = at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === new Date().toDateString() ? time
    : `${at.toLocaleDateString([], { day: 'numeric', month: 'short' })}, ${time}`;
}

/** The tab title tells a player in another tab that it is their turn. */
function title(game, mySeat) {
  const players = game.seats.map((seat) => seat.player.name).join(' vs ');
  if (isMyTurn(game, mySeat)) {
    return `▶ Your turn — ${players} — Tilecast`;
  }
  return `${players || 'Game'} — Tilecast`;
}

function renderScores(game, mySeat) {
  const rows = game.seats.map((seat, index) => {
    const tr = document.createElement('tr');
    tr.classList.toggle('to-move', game.status === 'active' && game.turn === index);
    tr.classList.toggle('resigned', seat.resigned && seat.out !== 'timeout');
    tr.classList.toggle('timed-out', seat.out === 'timeout');
    const who = document.createElement('th');
    who.scope = 'row';
    who.textContent = seat.player.name + (index === mySeat ? ' (you)' : '')
      + (seat.resigned ? ` — ${OUT[seat.out] ?? 'resigned'}` : '');
    const presence = document.createElement('span');
    presence.className = 'presence';
    presence.dataset.presenceSeat = String(index);
    who.append(presence);
    if (game.status === 'active' && game.turn === index) {
      const marker = document.createElement('span');
      marker.className = 'marker';
      marker.textContent = '▶ ';
      marker.setAttribute('aria-label', 'to move: ');
      who.prepend(marker);
    }
    const score = document.createElement('td');
    score.className = 'score';
    score.textContent = String(seat.score);
    const tiles = document.createElement('td');
    tiles.textContent = String(seat.rackSize);
    const clock = document.createElement('td');
    clock.className = 'clock';
    clock.dataset.clockSeat = String(index);
    tr.append(who, score, tiles, clock);
    return tr;
  });
  $('scores').tBodies[0].replaceChildren(...rows);
  $('scores').classList.toggle('timed', Boolean(game.clock));
}

function renderHistory(game, name) {
  const withdrawn = new Set(game.moves.filter((move, i) => move.type === 'challenge' && move.phony
    && game.moves[i - 1]?.type === 'place').map((move) => move.version - 1));
  const items = [...game.moves].reverse().map((move) => {
    const li = document.createElement('li');
    li.classList.toggle('withdrawn', withdrawn.has(move.version));
    li.dataset.version = move.version;
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = name(move.seat);
    const what = document.createElement('span');
    what.className = 'what';
    what.textContent = describeMove(move, name) + (withdrawn.has(move.version) ? ' (withdrawn)' : '');
    const score = document.createElement('span');
    score.className = 'score';
    score.textContent = move.type === 'place' || (move.type === 'challenge' && move.score !== 0)
      ? `${move.score >= 0 ? '+' : ''}${move.score}` : '';
    li.append(who, what, score);
    return li;
  });
  $('history').replaceChildren(...items);
}

function describeMove(move, name) {
  switch (move.type) {
    case 'place':
      return move.words.map((w) => w.word).join(', ') + (move.bingo ? ' — bingo!' : '');
    case 'exchange':
      return `exchanged ${move.count} ${move.count === 1 ? 'tile' : 'tiles'}`;
    case 'pass':
      return 'passed';
    case 'resign':
      return 'resigned';
    case 'timeout':
      return 'ran out of time';
    case 'challenge':
      return move.phony ? `challenged by ${name(move.by)}: ${move.words.map((w) => w.word).join(', ')} not a word, withdrawn`
        : `challenged by ${name(move.by)}: the play stands`;
    case 'abort':
      return 'aborted the game';
    case 'abandoned':
      return 'left; the game was claimed';
    default:
      return move.type;
  }
}

function renderResult(game, name) {
  const box = $('result');
  if (!game.result) {
    box.hidden = true;
    return;
  }
  const { scores, winners, reason } = game.result;
  const final = scores.map((score, seat) => `${name(seat)} ${score}`).join(', ');
  const outcome = winners.length === 0 ? 'Nobody wins.' : winners.length === 1 ? `${name(winners[0])} wins.`
    : `A tie between ${winners.map(name).join(' and ')}.`;
  const penalties = game.result.adjustments.filter((a) => a.type === 'penalty')
    .map((a) => `${name(a.seat)} ${a.points}`);
  const time = penalties.length > 0 ? ` Time penalties: ${penalties.join(', ')}.` : '';
  box.textContent = `${outcome} Final scores: ${final}. The game ended by ${REASONS[reason] ?? reason}.${time}`;
  box.hidden = false;
}
