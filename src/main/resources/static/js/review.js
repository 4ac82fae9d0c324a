// After the game: beside each of your plays, the best-scoring play and the top play by equity that rack had
// (`GET /api/games/{id}/analysis`, asked once per page); pointing at it, or focusing it, marks
// where it would have gone on the board.

import { get } from './api.js';

let review = null;

export function showBestPlays(gamePath, game, mySeat, board) {
  if (game.status !== 'finished' || mySeat < 0) {
    return;
  }
  review ??= get(`${gamePath}/analysis`).catch(() => null);
  review.then((analysis) => {
    for (const turn of analysis?.moves ?? []) {
      const item = document.querySelector(`#history li[data-version="${turn.version}"]`);
      if (turn.seat === mySeat && turn.best && item && !item.querySelector('.best')) {
        item.append(bestPlay(turn.best, board));
      }
      if (turn.seat === mySeat && turn.top && item && !item.querySelector('.top')) {
        item.append(topPlay(turn, board));
      }
    }
    summarise(analysis?.players?.find((player) => player.seat === mySeat));
  });
}

/** "best: WORD 8D +34"; its squares marked, each with the letter it would have had, while pointed at. */
function bestPlay(best, board) {
  const label = document.createElement('span');
  label.className = 'best';
  label.tabIndex = 0;
  label.textContent = `best: ${best.words[0].word} ${best.position} +${best.score}`;
  return marking(label, best.tiles, board, 'best-play');
}

/** "top: WORD 8D 41.2 (lost 6.5)" by equity, or "top: exchange QV"; its squares marked while pointed at. */
function topPlay(turn, board) {
  const top = turn.top;
  const label = document.createElement('span');
  label.className = 'top';
  label.tabIndex = 0;
  const what = top.type === 'exchange' ? `exchange ${top.exchanged}` : `${top.words[0].word} ${top.position}`;
  const lost = turn.equityLost ? ` (lost ${turn.equityLost.toFixed(1)})` : '';
  label.textContent = `top: ${what} ${top.equity.toFixed(1)}${lost}`;
  label.dataset.equityLost = String(turn.equityLost ?? 0);
  return marking(label, top.tiles, board, 'top-play');
}

/** Below the moves: the player's equity lost over the game and the bingos they missed. */
function summarise(player) {
  const history = document.getElementById('history');
  if (!player || document.getElementById('equity-summary')) {
    return;
  }
  const summary = document.createElement('p');
  summary.id = 'equity-summary';
  summary.className = 'equity-summary';
  summary.textContent = `Equity lost: ${player.equityLost.toFixed(1)} · missed bingos: ${player.missedBingos}`;
  history.after(summary);
}

function marking(label, tiles, board, className) {
  const mark = (on) => {
    for (const tile of tiles) {
      const square = board.square(tile.row, tile.col);
      square.classList.toggle(className, on);
      if (on) {
        square.dataset.best = tile.blank ? tile.letter.toLowerCase() : tile.letter;
      } else {
        delete square.dataset.best;
      }
    }
  };
  label.addEventListener('mouseenter', () => mark(true));
  label.addEventListener('mouseleave', () => mark(false));
  label.addEventListener('focus', () => mark(true));
  label.addEventListener('blur', () => mark(false));
  return label;
}
