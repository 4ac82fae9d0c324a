// The game page: follows one game through its live events and lets a seated player play.
// The game view changes only when an event arrives (game-state.js); what the player is doing
// meanwhile (tiles put down, the rack's order, the cursor) lives in placing.js, drawn on top.
import { get, post, Problem } from './api.js';
import { BoardView } from './board.js';
import { Clocks, renderClocks } from './clocks.js';
import { chooseExchange, confirmAction } from './dialogs.js';
import { applyEvent, canChallenge, finalPassExpected, lastPlacement, MISSED, seatOf } from './game-state.js';
import { LiveGame } from './live.js';
import { Placing } from './placing.js';
import { describe } from './problems.js';
import { accountMenu } from './account-menu.js';
import { signInForm, whoAmI } from './session.js';
import { isMyTurn, renderSide } from './side-panel.js';
import { showBestPlays } from './review.js';
import { renderTracker } from './tracker.js';
import { applyPresence, canAbort, renderPresence } from './presence.js';
import { Banner } from './banner.js';
import { showRatingChanges, showSeatRatings } from './ratings.js';

import { renderPreview } from './score-preview.js';
import { fetchRacks, renderScoresheet } from './scoresheet.js';
import { frameBoard } from './coordinates.js';
import { Premoves } from './premoves.js';
import { Alerts } from './alerts.js';
import { shortcutList } from './shortcuts.js';
import { ChatPanel } from './chat.js';

const $ = (id) => document.getElementById(id);
const gameId = decodeURIComponent(location.pathname.split('/').pop());
const gamePath = `/api/games/${encodeURIComponent(gameId)}`;

const game = {};
const board = new BoardView($('board'));
const clocks = new Clocks(() => {
  renderClocks(clocks, $('scores'));
  if (mySeat >= 0 && clocks.runningSeat() === mySeat) {
    alerts.ownTime(clocks.remaining(mySeat));
  }
});
const alerts = new Alerts($('alerts'));
const premoves = new Premoves();
let me = null;
let mySeat = -1;
/** The game version and seat the side panel was last drawn for. */
let sideShown = null;
let pending = null; // the version our last move will produce; its tiles stay drawn until it arrives
let busy = false;
/** After the end, the live lobby, watched for the rematch of this game (`rematchOf`). */
let rematchWatch = null;

const canPlace = () => isMyTurn(game, mySeat) && pending === null && !busy;
/** Tiles may go down on the player's turn, and before it while another player moves. */
const canArrange = () => game.status === 'active' && mySeat >= 0 && !game.seats[mySeat].resigned && pending === null;
const placing = new Placing($('board'), $('rack'), {
  board: () => game.board,
  canArrange,
  changed: render,
  say,
  play: playTiles,
});

const banner = new Banner($('reconnect-banner'));
const chat = new ChatPanel(gamePath);
const live = new LiveGame(`${gamePath}/events`, {
  onEvent: received,
  onStatus: (state, retryAt) => {
    showConnection(state, retryAt);
    if (state === 'live') {
      chat.resume();
    }
  },
  onChat: (line) => chat.received(line),
  onClosed: gameStillThere,
  onPresence: (data) => {
    applyPresence(game, data);
    render();
  },
  onCaughtUp: () => banner.caughtUp(),
  onNudge: (data) => {
    if (data.seat === mySeat) {
      say(`${game.seats[data.by]?.player.name ?? 'Another player'} nudged you: it is your turn.`, false);
    }
  },
});
/** The server's time now, as the clocks estimate it from the live events. */
const serverNow = () => Date.now() - clocks.skew;

async function main() {
  me = await whoAmI().catch(() => null);
  $('who').textContent = me ? me.name : 'Watching';
  accountMenu(me);
  chat.signedIn(me);
  signInForm($('sign-in-form'), (player) => {
    me = player;
    chat.signedIn(me);
    $('who').textContent = me.name;
    accountMenu(me);
    render();
  });
  wireControls();
  frameBoard($('board'));
  shortcutList();
  // The premium squares show at once; the game's tiles follow with the first event.
  board.render({ board: Array(15).fill('.'.repeat(15)), tentative: new Map(), last: new Set(), cursor: null });
  live.open();
  setInterval(() => game.version !== undefined && renderPresence(game, mySeat, serverNow, busy), 1000);
}

function received(type, data) {
  if (applyEvent(game, type, data) === MISSED) {
    live.restart();
    return;
  }
  const wasMyTurn = isMyTurn(game, mySeat);
  mySeat = seatOf(game, me);
  clocks.update(game.clock, type !== 'snapshot');
  const down = placing.placement.tiles.length;
  placing.update(game.board, mySeat >= 0 ? game.rack : '');
  if ((pending !== null && game.version >= pending) || game.status === 'finished') {
    pending = null;
    placing.recall();
  }
  let playNow = false;
  if (type === 'moved' && mySeat >= 0 && data.move.seat !== mySeat) {
    alerts.opponentMoved();
    playNow = premoves.afterMove({ returned: down - placing.placement.tiles.length, myTurn: isMyTurn(game, mySeat),
      empty: placing.placement.empty, mover: game.seats[data.move.seat].player.name, say });
  }
  if (!wasMyTurn && isMyTurn(game, mySeat) && type !== 'snapshot') {
    alerts.yourTurn(`${game.seats.map((s) => `${s.player.name} ${s.score}`).join(', ')}`);
  }
  render();
  if (playNow) {
    playTiles();
  }
}

/** After the browser gave up on the stream: stop for a game that does not exist, else retry. */
async function gameStillThere() {
  try {
    await get(gamePath);
  } catch (problem) {
    if (problem instanceof Problem && problem.status === 404) {
      say(describe(problem), true);
      showConnection('gone');
      return false;
    }
  }
  return true;
}

function showConnection(state, retryAt) {
  banner.show(state, retryAt);
  const indicator = $('connection');
  indicator.className = `connection ${state}`;
  indicator.textContent = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', gone: 'Closed',
    over: 'Game over' }[state];
}

function say(text, isError) {
  $('message').textContent = text;
  $('message').classList.toggle('error', Boolean(isError));
}

function render() {
  if (game.version === undefined) {
    return;
  }
  // The scores and the move list change with the game, not with every key or click.
  const side = `${game.version} ${mySeat}`;
  if (side !== sideShown) {
    renderSide(game, mySeat);
    showSeatRatings(game, $('scores'));
    showRatingChanges(game, $('rating-changes'));
    renderTracker(game);
    sideShown = side;
    showBestPlays(gamePath, game, mySeat, board);
    renderScoresheet($('scoresheet'), game, gameId);
    fetchRacks(gamePath, game, () => renderScoresheet($('scoresheet'), game, gameId));
  }
  renderPreview($('preview'), game, placing.placement.tiles);
  $('alerts').hidden = mySeat < 0 || game.status !== 'active';
  renderClocks(clocks, $('scores'));
  renderPresence(game, mySeat, serverNow, busy);
  board.render({
    board: game.board,
    tentative: placing.placement.byKey(),
    last: lastPlacement(game),
    cursor: mySeat >= 0 ? placing.visibleCursor() : null,
  });
  $('board').classList.toggle('placing', canArrange());
  renderControls();
  renderSeatActions();
  renderRematch();
  renderReplayLink();
  chat.render(game, mySeat);
}

function renderReplayLink() {
  $('replay-link').hidden = game.status !== 'finished';
  $('replay-link').href = `/replay.html?id=${encodeURIComponent(game.id)}`;
}


/** A player of a finished game may ask for a rematch, and follows the others into theirs. */
function renderRematch() {
  const offered = game.status === 'finished' && mySeat >= 0;
  $('rematch').hidden = !offered;
  $('rematch').disabled = busy;
  if (offered && rematchWatch === null) {
    watchForRematch();
  }
}

/** Whoever asks first creates the rematch; it shows in the live lobby, and every other player's page goes there too. */
function watchForRematch() {
  rematchWatch = new EventSource('/api/lobby/events');
  const found = (summary) => {
    if (summary.rematchOf === gameId) {
      goToRematch();
    }
  };
  rematchWatch.addEventListener('snapshot', (event) => {
    const lists = JSON.parse(event.data);
    [...lists.open, ...lists.playing, ...(lists.mine ?? [])].forEach(found);
  });
  rematchWatch.addEventListener('game', (event) => found(JSON.parse(event.data)));
}

/** Asks for the rematch (which seats this player in it) and goes there. */
function goToRematch() {
  rematchWatch?.close();
  return whileBusy(async () => {
    const next = await post(`${gamePath}/rematch`);
    location.assign(`/games/${encodeURIComponent(next.id)}`);
  });
}

function renderControls() {
  $('rack-area').hidden = mySeat < 0 || game.status === 'waiting';
  placing.renderRack();
  const seated = game.status === 'active' && mySeat >= 0 && !game.seats[mySeat].resigned;
  $('play').disabled = !(canPlace() || (canArrange() && !busy)) || placing.placement.empty;
  $('play').textContent = isMyTurn(game, mySeat) || game.status !== 'active' ? 'Play'
    : premoves.queued ? 'Queued: cancel' : 'Play on my turn';
  $('exchange').disabled = !canPlace();
  $('pass').disabled = !canPlace();
  $('challenge').hidden = game.challenge === undefined || game.challenge === 'void' || mySeat < 0;
  $('challenge').disabled = !canChallenge(game, mySeat) || busy;
  if (finalPassExpected(game)) {
    $('play').disabled = true;
    $('exchange').disabled = true;
  }
  $('resign').disabled = !seated || busy;
  $('abort').hidden = !canAbort(game, mySeat);
  $('abort').disabled = busy;
  $('nudge').hidden = !(seated && !game.clock && game.turn !== mySeat);
  $('nudge').disabled = busy;
  $('nudge').textContent = `Nudge ${game.seats[game.turn]?.player.name ?? ''}`;
  $('recall').disabled = placing.placement.empty;
  $('shuffle').disabled = !seated;
}

function renderSeatActions() {
  const waiting = game.status === 'waiting';
  const canJoin = waiting && mySeat < 0 && game.seats.length < game.seatCount;
  const canStart = waiting && me !== null && game.createdBy === me.id;
  $('seat-actions').hidden = !(canJoin || canStart || (waiting && mySeat >= 0));
  $('sign-in-form').hidden = !(canJoin && me === null);
  $('join').hidden = !(canJoin && me !== null);
  $('start').hidden = !canStart;
  $('start').disabled = game.seats.length < 2 || busy;
  let note = '';
  if (canStart && game.seats.length < 2) {
    note = 'Share this page\'s address: you can start once someone joins.';
  } else if (waiting && mySeat >= 0 && !canStart) {
    note = 'Waiting for the creator to start the game.';
  }
  $('waiting-note').textContent = note;
}

/** Runs a request with the controls disabled; a refusal is shown as the message. */
async function whileBusy(request) {
  busy = true;
  render();
  try {
    await request();
  } catch (problem) {
    say(describe(problem), true);
  } finally {
    busy = false;
    render();
  }
}

/** Sends a move; its result shows when the `moved` event arrives, not from the answer. */
function move(body, done) {
  return whileBusy(async () => {
    const ack = await post(`${gamePath}/moves`, { version: game.version, ...body });
    if (game.version >= ack.version) {
      placing.recall();
    } else {
      pending = ack.version;
    }
    say(done(ack), false);
  });
}

function playTiles() {
  if (!isMyTurn(game, mySeat) && canArrange() && !placing.placement.empty) {
    premoves[premoves.queued ? 'cancel' : 'queue']();
    say(premoves.queued ? 'Your play goes in as soon as it is your turn.' : 'Your play is no longer queued.', false);
    render();
    return;
  }
  if (!canPlace() || placing.placement.empty) {
    return;
  }
  move({ type: 'place', tiles: placing.placement.request() }, (ack) =>
    `You played ${ack.words.map((w) => w.word).join(', ')} for ${ack.score}${ack.bingo ? ' — bingo!' : ''}.`);
}

/** Challenges the pending play; the outcome shows when the `challenged` event arrives. */
function challenge() {
  if (!canChallenge(game, mySeat) || busy) {
    return;
  }
  move({ type: 'challenge' }, (ack) => (ack.phony ? 'A phony: the play is withdrawn.' : 'The play stands.'));
}

/** Join or start. A seat sees its own rack, so the stream opened as a spectator's starts again. */
function seatCommand(path) {
  return whileBusy(async () => {
    await post(`${gamePath}/${path}`);
    say('', false);
    if (path === 'join') {
      live.restart();
    }
  });
}

function wireControls() {
  $('board').addEventListener('focus', render);
  $('board').addEventListener('blur', render);
  $('play').addEventListener('click', playTiles);
  $('recall').addEventListener('click', () => { placing.recall(); premoves.cancel(); render(); });
  $('shuffle').addEventListener('click', () => { placing.rack.shuffle(); render(); });
  $('exchange').addEventListener('click', async () => {
    const letters = await chooseExchange(placing.rack.tiles);
    if (letters) {
      placing.recall();
      move({ type: 'exchange', letters }, () => `You exchanged ${letters.length} ${letters.length === 1 ? 'tile' : 'tiles'}.`);
    }
  });
  $('challenge').addEventListener('click', challenge);
  document.addEventListener('keydown', (event) => {
    if (event.key === '!' && !event.ctrlKey && !event.metaKey && !event.altKey
        && !(event.target instanceof HTMLInputElement)) {
      event.preventDefault();
      challenge();
    }
  });
  $('pass').addEventListener('click', async () => {
    if (await confirmAction(finalPassExpected(game) ? 'Pass to end the game?' : 'Pass this turn?', 'Pass')) {
      placing.recall();
      move({ type: 'pass' }, () => 'You passed.');
    }
  });
  $('resign').addEventListener('click', async () => {
    if (await confirmAction('Resign this game? You will lose it.', 'Resign')) {
      placing.recall();
      move({ type: 'resign' }, () => 'You resigned.');
    }
  });
  $('abort').addEventListener('click', async () => {
    if (await confirmAction('Abort this game? It ends with no winner.', 'Abort')) {
      placing.recall();
      move({ type: 'abort' }, () => 'You aborted the game.');
    }
  });
  $('claim').addEventListener('click', () => move({ type: 'claim' }, () => 'You claimed the game.'));
  $('nudge').addEventListener('click', () => whileBusy(async () => {
    const nudged = await post(`${gamePath}/nudge`);
    say(`You nudged ${game.seats[nudged.seat].player.name}.`, false);
  }));
  $('join').addEventListener('click', () => seatCommand('join'));
  $('rematch').addEventListener('click', goToRematch);
  $('start').addEventListener('click', () => seatCommand('start'));
}

main();
