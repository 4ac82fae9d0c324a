// The rack as one Tab stop (a roving tabindex): Tab reaches the rack once, the arrow keys, Home and
// End move between its tiles, and Enter or Space picks one up, as a click does.

/** Keeps exactly one rack tile in the Tab order: the one last focused, else the first. */
export function roveRack(rack) {
  const tiles = [...rack.querySelectorAll('.rack-tile')];
  const current = tiles.find((tile) => tile.tabIndex === 0 && tile.dataset.roving === 'yes') ?? tiles[0];
  tiles.forEach((tile) => {
    tile.tabIndex = tile === current ? 0 : -1;
    tile.dataset.roving = tile === current ? 'yes' : 'no';
  });
}

/** Moves the focus between rack tiles with the arrow keys. */
export function wireRackKeys(rack) {
  rack.addEventListener('keydown', (event) => {
    const tiles = [...rack.querySelectorAll('.rack-tile')];
    const at = tiles.indexOf(document.activeElement);
    if (at < 0) {
      return;
    }
    const next = { ArrowLeft: at - 1, ArrowUp: at - 1, ArrowRight: at + 1, ArrowDown: at + 1, Home: 0,
      End: tiles.length - 1 }[event.key];
    if (next === undefined) {
      return;
    }
    event.preventDefault();
    const target = tiles[(next + tiles.length) % tiles.length];
    tiles.forEach((tile) => {
      tile.tabIndex = tile === target ? 0 : -1;
      tile.dataset.roving = tile === target ? 'yes' : 'no';
    });
    target.focus();
  });
}
