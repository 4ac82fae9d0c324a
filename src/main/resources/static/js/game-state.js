// How a game view follows the live events. Every event carries the game version it produced and
// versions go up one at a time, so an event is either the next one (apply it), one already seen
// (ignore it: resuming can repeat), or proof that something was missed (start again from a snapshot).

export const APPLIED = 'applied';
export const SEEN = 'seen';
export const MISSED = 'missed';

/**
 * Applies one event to `game` (the game view, changed in place). Returns APPLIED, SEEN or MISSED.
 * `snapshot` and `started` carry a whole view and replace it.
 */
export function applyEvent(game, type, data) {
  if (type === 'snapshot') {
    replace(game, data);
    return APPLIED;
  }
  if (game.version === undefined) {
    return MISSED;
  }
  if (data.version <= game.version) {
    return SEEN;
  }
  if (data.version !== game.version + 1) {
    return MISSED;
  }
  switch (type) {
    case 'started':
      replace(game, data);
      break;
    case 'joined':
      game.seats[data.seat] = { player: data.player, score: 0, rackSize: 0, resigned: false };
      break;
    case 'moved':
      moved(game, data);
      break;
    case 'challenged':
      challenged(game, data);
      break;
    case 'cancelled':
      game.status = 'cancelled';
      break;
    case 'ended':
      game.status = 'finished';
      game.result = data.result;
      game.unseen = '';
      game.clock = data.clock ?? game.clock;
      break;
    default:
      return SEEN;
  }
  game.version = data.version;
  return APPLIED;
}

function replace(game, view) {
  for (const key of Object.keys(game)) {
    delete game[key];
  }
  Object.assign(game, structuredClone(view));
}

function moved(game, event) {
  game.board = event.board;
  game.bag = event.bag;
  game.turn = event.turn;
  event.scores.forEach((score, seat) => { game.seats[seat].score = score; });
  event.rackSizes.forEach((size, seat) => { game.seats[seat].rackSize = size; });
  const out = { resign: 'resigned', timeout: 'timeout', abandoned: 'abandoned' }[event.move.type];
  if (out) {
    game.seats[event.move.seat].resigned = true;
    game.seats[event.move.seat].out = out;
  }
  game.clock = event.clock ?? game.clock;
  game.turnSince = event.turnSince;
  if (event.rack !== undefined) {
    game.rack = event.rack;
  }
  game.pending = event.pending;
  game.unseen = event.unseen ?? game.unseen;
  game.moves.push(event.move);
}

/** A challenge's outcome: a withdrawn play leaves the board, and its player alone gets the rack back. */
function challenged(game, event) {
  game.board = event.board;
  game.bag = event.bag;
  game.turn = event.turn;
  event.scores.forEach((score, seat) => { game.seats[seat].score = score; });
  event.rackSizes.forEach((size, seat) => { game.seats[seat].rackSize = size; });
  game.clock = event.clock ?? game.clock;
  if (event.rack !== undefined) {
    game.rack = event.rack;
  }
  delete game.pending;
  game.unseen = event.unseen ?? game.unseen;
  game.moves.push(event.move);
}

/** Whether the player to move must pass (or challenge) because the pending play went out. */
export function finalPassExpected(game) {
  return game.status === 'active' && game.pending !== undefined && game.pending !== null && game.bag === 0
    && game.seats[game.pending].rackSize === 0;
}

/** Whether `seat` may challenge the pending play now. */
export function canChallenge(game, seat) {
  return game.status === 'active' && seat >= 0 && game.pending !== undefined && game.pending !== null
    && game.pending !== seat && !game.seats[seat].resigned;
}

/** The seat of `player` in `game`, or -1 for a spectator. */
export function seatOf(game, player) {
  if (!player || !game.seats) {
    return -1;
  }
  return game.seats.findIndex((seat) => seat.player.id === player.id);
}

/** The squares the last placing move covered, as "row,col" keys. */
export function lastPlacement(game) {
  const last = game.moves?.at(-1);
  return new Set(last?.type === 'place' ? last.tiles.map((t) => `${t.row},${t.col}`) : []);
}
