// The scoresheet: a column per player, a line per turn with its position in GCG notation, the word,
// the score and the running total; after the game each turn's rack and the end-of-game adjustments.
import { get } from './api.js';
import { SIZE } from './board.js';

const OUT = { resign: 'resigned', timeout: 'out of time', abandoned: 'left', abort: 'aborted' };

/** Where a play's main word starts, as GCG writes it: "8D" across (row first), "D8" down. */
export function position(board, tiles) {
  const across = tiles.length > 1 ? tiles[0].row === tiles[1].row
    : runLength(board, tiles[0], [0, 1]) >= 2;
  const [dr, dc] = across ? [0, 1] : [1, 0];
  let { row, col } = tiles[0];
  while (row - dr >= 0 && col - dc >= 0 && board[row - dr][col - dc] !== '.') {
    row -= dr;
    col -= dc;
  }
  const letter = String.fromCharCode(65 + col);
  let word = '';
  for (let r = row, c = col; r < SIZE && c < SIZE && board[r][c] !== '.'; r += dr, c += dc) {
    word += board[r][c];
  }
  return { at: across ? `${row + 1}${letter}` : `${letter}${row + 1}`, word };
}

function runLength(board, { row, col }, [dr, dc]) {
  let n = 1;
  for (let r = row - dr, c = col - dc; r >= 0 && c >= 0 && board[r][c] !== '.'; r -= dr, c -= dc) n++;
  for (let r = row + dr, c = col + dc; r < SIZE && c < SIZE && board[r][c] !== '.'; r += dr, c += dc) n++;
  return n;
}

const put = (board, tiles, erase) => board.map((line, row) => [...line].map((cell, col) => {
  const tile = tiles.find((t) => t.row === row && t.col === col);
  if (!tile) {
    return cell;
  }
  return erase ? '.' : tile.blank ? tile.letter.toLowerCase() : tile.letter.toUpperCase();
}).join(''));

/** Each seat's turns as scoresheet entries, with running totals, replaying the board move by move. */
export function sheet(game) {
  let board = Array(SIZE).fill('.'.repeat(SIZE));
  const totals = game.seats.map(() => 0);
  const columns = game.seats.map(() => []);
  const firstVersion = game.seats.length + 2;
  for (const move of game.moves) {
    const entry = { version: move.version, turn: move.version - firstVersion, rack: move.rack ?? null };
    if (move.type === 'place') {
      board = put(board, move.tiles);
      const { at, word } = position(board, move.tiles);
      Object.assign(entry, { at, word: word + (move.bingo ? ' (bingo)' : ''), score: move.score });
    } else if (move.type === 'challenge') {
      if (move.phony) {
        board = put(board, move.tiles, true);
      }
      Object.assign(entry, { at: '', word: move.phony ? 'phony, withdrawn' : 'challenge', score: move.score });
    } else if (move.type === 'exchange') {
      Object.assign(entry, { at: '', word: `exchanged ${move.count}`, score: 0 });
    } else {
      Object.assign(entry, { at: '', word: move.type === 'pass' ? 'pass' : OUT[move.type] ?? move.type, score: move.score });
    }
    totals[move.seat] += entry.score;
    entry.total = totals[move.seat];
    columns[move.seat].push(entry);
  }
  for (const adjustment of game.result?.adjustments ?? []) {
    totals[adjustment.seat] += adjustment.points;
    columns[adjustment.seat].push({ at: '', word: adjustment.type === 'penalty' ? 'time penalty'
      : adjustment.rack ? `(${adjustment.rack})` : 'went out', score: adjustment.points, total: totals[adjustment.seat], rack: null });
  }
  return { columns, totals };
}

/**
 * Once a game is over its whole record is public: the moves are asked again, this time with each
 * turn's rack, and `done` redraws. Live events never carry another player's rack.
 */
export async function fetchRacks(gamePath, game, done) {
  if (game.status !== 'finished' || game.moves.some((m) => m.rack) || game.racksAsked) {
    return;
  }
  game.racksAsked = true;
  const view = await get(gamePath).catch(() => null);
  if (view?.status === 'finished' && view.moves.length === game.moves.length) {
    game.moves = view.moves;
    done();
  }
}

/** Draws the scoresheet into its panel: the table, then the links to the record. */
export function renderScoresheet(panel, game, gameId) {
  const { columns, totals } = sheet(game);
  const table = document.createElement('table');
  table.className = 'scoresheet';
  const head = table.createTHead().insertRow();
  game.seats.forEach((seat) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = seat.player.name;
    head.append(th);
  });
  const body = table.createTBody();
  const lines = Math.max(0, ...columns.map((c) => c.length));
  for (let i = 0; i < lines; i++) {
    const row = body.insertRow();
    columns.forEach((column) => row.append(cell(column[i], game, gameId)));
  }
  const foot = table.createTFoot().insertRow();
  totals.forEach((total, seat) => {
    const td = foot.insertCell();
    td.className = 'sheet-total';
    td.dataset.seat = String(seat);
    td.textContent = String(total);
  });
  const links = document.createElement('p');
  links.className = 'sheet-links';
  const gcg = document.createElement('a');
  gcg.href = `/api/games/${encodeURIComponent(gameId)}/gcg`;
  gcg.textContent = 'Download GCG';
  gcg.setAttribute('download', `${gameId}.gcg`);
  links.append(gcg);
  const scroll = document.createElement('div');
  scroll.className = 'sheet-scroll';
  scroll.append(table);
  panel.replaceChildren(scroll, links);
}

function cell(entry, game, gameId) {
  const td = document.createElement('td');
  if (!entry) {
    return td;
  }
  const finished = game.status === 'finished';
  const at = document.createElement(finished && entry.version ? 'a' : 'span');
  at.className = 'sheet-at';
  at.textContent = entry.at;
  if (finished && entry.version) {
    at.href = `/replay.html?id=${encodeURIComponent(gameId)}&turn=${entry.turn + 1}`;
    at.textContent = entry.at || `#${entry.turn + 1}`;
    at.title = 'Replay from this turn';
  }
  const word = document.createElement('span');
  word.className = 'sheet-word';
  word.textContent = entry.word;
  const score = document.createElement('span');
  score.className = 'sheet-score';
  score.textContent = `${entry.score >= 0 ? '+' : ''}${entry.score}`;
  const total = document.createElement('span');
  total.className = 'sheet-running';
  total.textContent = String(entry.total);
  td.append(at, word, score, total);
  if (entry.rack) {
    const rack = document.createElement('span');
    rack.className = 'sheet-rack';
    rack.textContent = entry.rack;
    td.append(rack);
  }
  return td;
}
