// The 15×15 board as a grid of squares, built once and redrawn in place (the board keeps focus
// and the squares keep their identity while the game changes).
import { premiumAt } from './premiums.js';
import { squareName, tileElement } from './tiles.js';

export const SIZE = 15;
export const key = (row, col) => `${row},${col}`;

export class BoardView {
  constructor(element) {
    this.element = element;
    this.squares = [];
    for (let row = 0; row < SIZE; row++) {
      const line = document.createElement('div');
      line.setAttribute('role', 'row');
      line.className = 'board-row';
      for (let col = 0; col < SIZE; col++) {
        const square = document.createElement('div');
        square.setAttribute('role', 'gridcell');
        square.id = `sq-${row}-${col}`;
        square.className = 'square';
        square.dataset.row = row;
        square.dataset.col = col;
        const premium = premiumAt(row, col);
        if (premium) {
          square.classList.add(premium.kind);
        }
        line.append(square);
        this.squares.push(square);
      }
      element.append(line);
    }
  }

  square(row, col) {
    return this.squares[row * SIZE + col];
  }

  /**
   * Draws the board: `board` as the server sends it, `tentative` (key → {letter, blank}) the
   * tiles being placed, `last` the squares of the last play, `cursor` {row, col, across} or null.
   */
  render({ board, tentative, last, cursor }) {
    for (let row = 0; row < SIZE; row++) {
      for (let col = 0; col < SIZE; col++) {
        this.draw(this.square(row, col), row, col, board[row][col], tentative.get(key(row, col)),
          last.has(key(row, col)), cursor);
      }
    }
    this.element.setAttribute('aria-activedescendant', cursor ? `sq-${cursor.row}-${cursor.col}` : '');
  }

  /** Squares change their contents only when a tile comes or goes, so a click on one is never lost. */
  draw(square, row, col, cell, placed, isLast, cursor) {
    const atCursor = cursor !== null && cursor.row === row && cursor.col === col;
    square.classList.toggle('last', isLast);
    square.classList.toggle('cursor', atCursor);
    square.classList.toggle('across', atCursor && cursor.across);
    square.classList.toggle('down', atCursor && !cursor.across);
    square.classList.toggle('filled', cell !== '.');
    square.classList.toggle('pending', placed !== undefined);
    const contents = `${cell}|${placed ? placed.letter + placed.blank : ''}`;
    if (square.dataset.contents !== contents) {
      square.dataset.contents = contents;
      square.replaceChildren(...this.contents(row, col, cell, placed));
    }
    let label = `${squareName(row, col)}, ${this.describe(row, col, cell, placed)}`;
    if (isLast) {
      label += ', last move';
    }
    if (atCursor) {
      label += cursor.across ? ', typing across' : ', typing down';
    }
    square.setAttribute('aria-label', label);
  }

  contents(row, col, cell, placed) {
    if (cell !== '.') {
      return [tileElement(cell.toUpperCase(), cell === cell.toLowerCase())];
    }
    if (placed) {
      const tile = tileElement(placed.letter, placed.blank);
      tile.classList.add('tentative');
      return [tile];
    }
    const premium = premiumAt(row, col);
    if (!premium) {
      return [];
    }
    const mark = document.createElement('span');
    mark.className = 'premium';
    mark.textContent = premium.label;
    mark.setAttribute('aria-hidden', 'true');
    return [mark];
  }

  describe(row, col, cell, placed) {
    if (cell !== '.') {
      return `${cell.toUpperCase()}${cell === cell.toLowerCase() ? ' (blank)' : ''}`;
    }
    if (placed) {
      return `${placed.letter}${placed.blank ? ' (blank)' : ''} placed this turn`;
    }
    return premiumAt(row, col)?.name ?? 'empty';
  }
}
