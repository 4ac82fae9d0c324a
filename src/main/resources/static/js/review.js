// After the game: beside each of your plays, the best-scoring play that rack had
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
    }
  });
}

/** "best: WORD 8D +34"; its squares marked, each with the letter it would have had, while pointed at. */
function bestPlay(best, board) {
  const label = document.createElement('span');
  label.className = 'best';
  label.tabIndex = 0;
  label.textContent = `best: ${best.words[0].word} ${best.position} +${best.score}`;
  const mark = (on) => {
    for (const tile of best.tiles) {
      const square = board.square(tile.row, tile.col);
      square.classList.toggle('best-play', on);
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
