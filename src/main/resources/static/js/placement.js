// The tiles put on the board this turn but not yet played, in the order they were put down
// (Backspace takes back the latest).
import { key } from './board.js';

export class Placement {
  constructor() {
    this.tiles = []; // {row, col, letter, blank, tileId}
  }

  get empty() {
    return this.tiles.length === 0;
  }

  at(row, col) {
    return this.tiles.find((t) => t.row === row && t.col === col);
  }

  put(tile) {
    this.remove(tile.row, tile.col);
    this.tiles = this.tiles.filter((t) => t.tileId !== tile.tileId);
    this.tiles.push(tile);
  }

  remove(row, col) {
    const tile = this.at(row, col);
    this.tiles = this.tiles.filter((t) => t !== tile);
    return tile;
  }

  removeTile(tileId) {
    this.tiles = this.tiles.filter((t) => t.tileId !== tileId);
  }

  takeBackLast() {
    return this.tiles.pop();
  }

  clear() {
    this.tiles = [];
  }

  usedIds() {
    return new Set(this.tiles.map((t) => t.tileId));
  }

  /** key → {letter, blank}, for drawing. */
  byKey() {
    return new Map(this.tiles.map((t) => [key(t.row, t.col), t]));
  }

  /** Drops tiles that no longer fit: the square was filled meanwhile, or the tile left the rack. */
  keepOnly(board, rack) {
    this.tiles = this.tiles.filter((t) => board[t.row][t.col] === '.' && rack.byId(t.tileId));
  }

  request() {
    return this.tiles.map(({ row, col, letter, blank }) => ({ row, col, letter, blank }));
  }
}
