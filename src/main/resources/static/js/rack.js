// The player's rack as tiles with identities, so that the order the player chose (shuffled or
// dragged) survives a new rack from the server: kept tiles stay where they were, new ones go last.

let nextId = 1;

export class Rack {
  constructor() {
    this.tiles = []; // {id, letter}; '?' is a blank
  }

  /** Takes the server's rack string, keeping the order and ids of tiles that are still there. */
  update(letters) {
    const remaining = [...(letters ?? '')];
    const kept = [];
    for (const tile of this.tiles) {
      const at = remaining.indexOf(tile.letter);
      if (at >= 0) {
        remaining.splice(at, 1);
        kept.push(tile);
      }
    }
    this.tiles = [...kept, ...remaining.map((letter) => ({ id: nextId++, letter }))];
  }

  byId(id) {
    return this.tiles.find((tile) => tile.id === id);
  }

  /** A tile for a typed letter: the letter itself if free, else a free blank. */
  freeTileFor(letter, used, blankOnly) {
    const free = this.tiles.filter((tile) => !used.has(tile.id));
    return (blankOnly ? undefined : free.find((tile) => tile.letter === letter))
      ?? free.find((tile) => tile.letter === '?');
  }

  shuffle() {
    for (let i = this.tiles.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [this.tiles[i], this.tiles[j]] = [this.tiles[j], this.tiles[i]];
    }
  }

  /** Moves a tile before another one (or to the end when `beforeId` is null). */
  moveBefore(id, beforeId) {
    const tile = this.byId(id);
    this.tiles = this.tiles.filter((t) => t.id !== id);
    const at = beforeId === null ? -1 : this.tiles.findIndex((t) => t.id === beforeId);
    this.tiles.splice(at < 0 ? this.tiles.length : at, 0, tile);
  }
}
