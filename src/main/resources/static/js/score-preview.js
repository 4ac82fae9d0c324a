// The score of the tiles put down, worked out in the page with the server's premiums and values
// (RULES.md). Only a preview: the server judges the play, and under `void` it alone knows the words.
import { SIZE } from './board.js';
import { premiumAt } from './premiums.js';
import { points } from './tiles.js';
import { describe } from './problems.js';

const RACK_SIZE = 7;
const BINGO = 50;
const CENTRE = 7;

/**
 * Scores `tiles` ({row, col, letter, blank}) on `board` (the view's 15 strings): {score, words:
 * [{word, score}], bingo} when the play is legal on the board, else {problem: a rejection code}.
 */
export function scorePlay(board, tiles) {
  const problem = shapeProblem(board, tiles);
  if (problem) {
    return { problem };
  }
  const placed = new Map(tiles.map((t) => [t.row * SIZE + t.col, t]));
  const cell = (row, col) => {
    const tile = placed.get(row * SIZE + col);
    if (tile) {
      return { letter: tile.letter, blank: tile.blank, fresh: true };
    }
    const c = board[row][col];
    return c === '.' ? null : { letter: c.toUpperCase(), blank: c !== c.toUpperCase(), fresh: false };
  };
  const across = tiles.length > 1 ? tiles[0].row === tiles[1].row : true;
  const words = [];
  const main = wordThrough(cell, tiles[0], across);
  if (main) {
    words.push(main);
  }
  for (const tile of tiles) {
    const cross = wordThrough(cell, tile, !across);
    if (cross) {
      words.push(cross);
    }
  }
  const bingo = tiles.length === RACK_SIZE;
  const score = words.reduce((sum, w) => sum + w.score, 0) + (bingo ? BINGO : 0);
  return { score, words, bingo };
}

/** The word of two or more letters along a direction through a square, with its score. */
function wordThrough(cell, { row, col }, across) {
  const [dr, dc] = across ? [0, 1] : [1, 0];
  let r = row;
  let c = col;
  while (r - dr >= 0 && c - dc >= 0 && cell(r - dr, c - dc)) {
    r -= dr;
    c -= dc;
  }
  let word = '';
  let sum = 0;
  let multiplier = 1;
  for (; r < SIZE && c < SIZE && cell(r, c); r += dr, c += dc) {
    const { letter, blank, fresh } = cell(r, c);
    const kind = fresh ? premiumAt(r, c)?.kind : null;
    const value = points(letter, blank);
    sum += value * (kind === 'tl' ? 3 : kind === 'dl' ? 2 : 1);
    multiplier *= kind === 'tw' ? 3 : kind === 'dw' || kind === 'centre' ? 2 : 1;
    word += letter;
  }
  return word.length >= 2 ? { word, score: sum * multiplier } : null;
}

/** Why the tiles cannot go down as they are, in the server's codes; null when they can. */
function shapeProblem(board, tiles) {
  if (tiles.length === 0) {
    return 'too-few-tiles';
  }
  const rows = new Set(tiles.map((t) => t.row));
  const cols = new Set(tiles.map((t) => t.col));
  if (rows.size > 1 && cols.size > 1) {
    return 'not-in-line';
  }
  const across = rows.size === 1 && tiles.length > 1;
  const along = tiles.map((t) => (across ? t.col : t.row));
  const taken = new Set(tiles.map((t) => t.row * SIZE + t.col));
  const filled = (row, col) => taken.has(row * SIZE + col) || board[row][col] !== '.';
  for (let i = Math.min(...along); i <= Math.max(...along); i++) {
    if (!(across ? filled(tiles[0].row, i) : filled(i, tiles[0].col))) {
      return 'gap';
    }
  }
  if (board.every((line) => /^\.+$/.test(line))) {
    if (!taken.has(CENTRE * SIZE + CENTRE)) {
      return 'first-move-center';
    }
    return tiles.length < 2 ? 'too-few-tiles' : null;
  }
  const touches = tiles.some(({ row, col }) => [[-1, 0], [1, 0], [0, -1], [0, 1]].some(([dr, dc]) => {
    const r = row + dr;
    const c = col + dc;
    return r >= 0 && r < SIZE && c >= 0 && c < SIZE && board[r][c] !== '.';
  }));
  return touches ? null : 'not-connected';
}

/**
 * The words this page knows to be in the game's lexicon: those of plays the server accepted and
 * that stand. Under `void` every other word shows a "?" until the server has judged it.
 */
export function knownWords(game) {
  const withdrawn = new Set(game.moves.filter((m) => m.type === 'challenge' && m.phony).map((m) => m.version - 1));
  return new Set(game.moves.filter((m) => m.type === 'place' && !withdrawn.has(m.version))
    .flatMap((m) => m.words.map((w) => w.word.toUpperCase())));
}

/** Draws the preview of `tiles` into `element`; empty when nothing is put down. */
export function renderPreview(element, game, tiles) {
  if (tiles.length === 0 || !game.board) {
    element.replaceChildren();
    element.removeAttribute('data-score');
    return;
  }
  const scored = scorePlay(game.board, tiles);
  if (scored.problem) {
    element.removeAttribute('data-score');
    element.className = 'preview problem';
    element.replaceChildren(describe({ code: scored.problem }));
    return;
  }
  const known = (game.challenge ?? 'void') === 'void' ? knownWords(game) : null;
  const total = document.createElement('strong');
  total.className = 'preview-score';
  total.textContent = `${scored.score} ${scored.score === 1 ? 'point' : 'points'}`;
  const words = scored.words.map((w) => {
    const span = document.createElement('span');
    const unchecked = known !== null && !known.has(w.word);
    span.className = unchecked ? 'preview-word unchecked' : 'preview-word';
    span.textContent = `${w.word}${unchecked ? '?' : ''} ${w.score}`;
    if (unchecked) {
      span.title = 'Not yet played in this game: the server checks this word when you play.';
    }
    return span;
  });
  const parts = [total, ...words];
  if (scored.bingo) {
    const bingo = document.createElement('span');
    bingo.className = 'preview-word bingo';
    bingo.textContent = `bingo +${BINGO}`;
    parts.push(bingo);
  }
  element.className = 'preview';
  element.dataset.score = String(scored.score);
  element.replaceChildren(...parts);
}
