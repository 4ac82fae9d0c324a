// Putting tiles on the board before playing them, three ways that share one state: drag a tile
// to a square, click a tile then a square, or type letters along a row or column from a cursor.
import { SIZE } from './board.js';
import { chooseBlankLetter } from './dialogs.js';
import { clickEndedDrag, dragFrom } from './drag.js';
import { Placement } from './placement.js';
import { Rack } from './rack.js';
import { tileElement } from './tiles.js';
import { roveRack, wireRackKeys } from './rack-keys.js';

const ARROWS = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
const clamp = (n) => Math.max(0, Math.min(SIZE - 1, n));
const inside = (row, col) => row >= 0 && row < SIZE && col >= 0 && col < SIZE;

export class Placing {
  /**
   * @param boardElement the board grid; rackElement the rack's container
   * @param page {board(): string[], canArrange(): boolean (tiles may go down, on the turn or before it),
   *   changed(), say(text, isError), play()}
   */
  constructor(boardElement, rackElement, page) {
    this.boardElement = boardElement;
    this.rackElement = rackElement;
    this.page = page;
    this.rack = new Rack();
    this.placement = new Placement();
    this.selected = null; // the rack tile chosen for click-then-click
    this.cursor = { row: 7, col: 7, across: true };
    this.wire();
  }

  /** Follows a new board and rack from the server, dropping tentative tiles that no longer fit. */
  update(board, rackLetters) {
    this.rack.update(rackLetters);
    this.placement.keepOnly(board, this.rack);
    if (this.selected !== null && !this.rack.byId(this.selected)) {
      this.selected = null;
    }
  }

  recall() {
    this.placement.clear();
    this.selected = null;
  }

  /** The cursor to draw, when the board has the keyboard. */
  visibleCursor() {
    return document.activeElement === this.boardElement ? this.cursor : null;
  }

  /**
   * Draws the rack. Buttons are kept per tile and only updated: replacing the element under the
   * pointer between press and release would lose the click, and a keyboard user would lose focus.
   */
  renderRack() {
    const used = this.placement.usedIds();
    const existing = new Map([...this.rackElement.children].map((button) => [Number(button.dataset.tileId), button]));
    const buttons = this.rack.tiles.map((tile) => {
      let button = existing.get(tile.id);
      if (!button) {
        button = document.createElement('button');
        button.type = 'button';
        button.className = 'rack-tile';
        button.dataset.tileId = tile.id;
        button.dataset.letter = tile.letter;
        button.append(tileElement(tile.letter, tile.letter === '?'));
      }
      button.setAttribute('aria-pressed', String(this.selected === tile.id));
      button.setAttribute('aria-label', (tile.letter === '?' ? 'blank' : tile.letter)
        + (used.has(tile.id) ? ', on the board' : ''));
      button.classList.toggle('used', used.has(tile.id));
      return button;
    });
    existing.forEach((button, id) => {
      if (!this.rack.byId(id)) {
        button.remove();
      }
    });
    buttons.forEach((button, index) => {
      if (this.rackElement.children[index] !== button) {
        this.rackElement.insertBefore(button, this.rackElement.children[index] ?? null);
      }
    });
    roveRack(this.rackElement);
  }

  wire() {
    wireRackKeys(this.rackElement);
    this.rackElement.addEventListener('click', (event) => {
      const button = event.target.closest('.rack-tile');
      if (button && !clickEndedDrag()) {
        this.rackTileClicked(Number(button.dataset.tileId));
      }
    });
    this.boardElement.addEventListener('click', (event) => {
      const square = event.target.closest('.square');
      if (square && !clickEndedDrag()) {
        this.squareClicked(Number(square.dataset.row), Number(square.dataset.col));
      }
    });
    this.boardElement.addEventListener('keydown', (event) => this.key(event));
    const hover = (target) => {
      document.querySelectorAll('.drop-target').forEach((el) => el.classList.remove('drop-target'));
      target?.closest('.square:not(.filled), .rack')?.classList.add('drop-target');
    };
    dragFrom(this.rackElement, '.rack-tile', {
      hover,
      drop: (source, target) => this.dropped(Number(source.dataset.tileId), target),
    });
    dragFrom(this.boardElement, '.square.pending', {
      hover,
      drop: (source, target) => {
        const placed = this.placement.at(Number(source.dataset.row), Number(source.dataset.col));
        if (placed) {
          this.placement.removeTile(placed.tileId);
          this.dropped(placed.tileId, target);
        }
      },
    });
  }

  rackTileClicked(id) {
    if (this.placement.tiles.some((t) => t.tileId === id)) {
      this.placement.removeTile(id); // a tile already on the board comes back
      this.selected = null;
    } else {
      this.selected = this.selected === id ? null : id;
    }
    this.page.changed();
  }

  async squareClicked(row, col) {
    if (this.placement.at(row, col)) {
      this.placement.remove(row, col);
    } else if (this.selected !== null && this.page.board()[row][col] === '.') {
      await this.put(this.selected, row, col);
      this.selected = null;
    } else {
      const same = this.cursor.row === row && this.cursor.col === col;
      this.cursor = { row, col, across: same ? !this.cursor.across : this.cursor.across };
      this.boardElement.focus();
    }
    this.page.changed();
  }

  async dropped(tileId, target) {
    const square = target?.closest('.square');
    if (square && this.boardElement.contains(square)) {
      await this.put(tileId, Number(square.dataset.row), Number(square.dataset.col));
    } else if (target?.closest('.rack')) {
      this.placement.removeTile(tileId);
      const before = target.closest('.rack-tile');
      this.rack.moveBefore(tileId, before ? Number(before.dataset.tileId) : null);
    }
    this.selected = null;
    this.page.changed();
  }

  /** Puts a rack tile on an empty square, asking which letter when it is a blank. */
  async put(tileId, row, col, typed) {
    const tile = this.rack.byId(tileId);
    if (!tile || this.page.board()[row][col] !== '.' || !this.page.canArrange()) {
      return false;
    }
    const blank = tile.letter === '?';
    const letter = blank ? typed ?? await chooseBlankLetter() : tile.letter;
    if (!letter) {
      return false;
    }
    this.placement.put({ row, col, letter, blank, tileId });
    this.page.say('', false);
    return true;
  }

  async key(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || this.rack.tiles.length === 0) {
      return; // spectators (no rack) only look; arrow keys scroll the page for them
    }
    const { key } = event;
    if (ARROWS[key]) {
      const [dr, dc] = ARROWS[key];
      this.cursor = { ...this.cursor, row: clamp(this.cursor.row + dr), col: clamp(this.cursor.col + dc) };
    } else if (key === ' ' && this.selected !== null) {
      await this.put(this.selected, this.cursor.row, this.cursor.col);
      this.selected = null;
    } else if (key === ' ') {
      this.cursor = { ...this.cursor, across: !this.cursor.across };
    } else if (/^[a-zA-Z]$/.test(key)) {
      event.preventDefault();
      await this.type(key.toUpperCase(), event.shiftKey);
    } else if (key === 'Backspace') {
      const last = this.placement.takeBackLast();
      if (last) {
        this.cursor = { ...this.cursor, row: last.row, col: last.col };
      }
    } else if (key === 'Enter') {
      this.page.play();
    } else if (key === 'Escape') {
      this.recall();
    } else {
      return;
    }
    event.preventDefault();
    this.page.changed();
  }

  /** Types one letter at the cursor (Shift plays a blank as it), then moves on past filled squares. */
  async type(letter, asBlank) {
    const board = this.page.board();
    const step = ([row, col]) => (this.cursor.across ? [row, col + 1] : [row + 1, col]);
    let at = [this.cursor.row, this.cursor.col];
    while (inside(...at) && (board[at[0]][at[1]] !== '.' || this.placement.at(...at))) {
      at = step(at);
    }
    const tile = inside(...at) ? this.rack.freeTileFor(letter, this.placement.usedIds(), asBlank) : undefined;
    if (!tile || !(await this.put(tile.id, at[0], at[1], letter))) {
      this.page.say(this.page.canArrange() ? `There is no ${letter} on your rack to put there.` : 'Wait for your turn.', true);
      return;
    }
    at = step(at);
    while (inside(...at) && board[at[0]][at[1]] !== '.') {
      at = step(at);
    }
    this.cursor = { ...this.cursor, row: clamp(at[0]), col: clamp(at[1]) };
  }
}
