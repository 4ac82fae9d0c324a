// The board's coordinates around its edge, as GCG and the review speak them: columns A–O along
// the top, rows 1–15 down the left (H8 is the centre).
import { SIZE } from './board.js';

/** Puts the board in a frame with a row of column letters above it and a column of row numbers beside it. */
export function frameBoard(board) {
  const frame = document.createElement('div');
  frame.className = 'board-frame';
  const columns = labels('coords coords-cols', (i) => String.fromCharCode(65 + i));
  const rows = labels('coords coords-rows', (i) => String(i + 1));
  board.replaceWith(frame);
  frame.append(document.createElement('span'), columns, rows, board);
}

function labels(className, text) {
  const line = document.createElement('div');
  line.className = className;
  line.setAttribute('aria-hidden', 'true');
  for (let i = 0; i < SIZE; i++) {
    const label = document.createElement('span');
    label.textContent = text(i);
    line.append(label);
  }
  return line;
}
