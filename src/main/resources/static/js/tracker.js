// The unseen tiles beside the board: what the bag and the other racks hold together, as the
// server counts it for this viewer (`unseen` in the view and in each `moved`/`challenged`),
// grouped by letter, with the vowels, the consonants and how many of them are still in the bag.

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

export function renderTracker(game) {
  const panel = document.getElementById('tracker');
  if (game.status !== 'active' || typeof game.unseen !== 'string') {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  const counts = new Map();
  for (const tile of game.unseen) {
    counts.set(tile, (counts.get(tile) ?? 0) + 1);
  }
  const vowels = [...game.unseen].filter((tile) => VOWELS.has(tile)).length;
  const blanks = counts.get('?') ?? 0;
  const racks = game.unseen.length - game.bag;
  document.getElementById('unseen-count').textContent = String(game.unseen.length);
  document.getElementById('unseen-split').textContent =
    `${vowels} vowels · ${game.unseen.length - vowels - blanks} consonants` + (blanks ? ` · ${blanks} blank${blanks > 1 ? 's' : ''}` : '');
  document.getElementById('unseen-where').textContent =
    `${game.bag} in the bag, ${racks} on ${racks === 1 ? 'a rack' : 'racks'} you cannot see`;
  const letters = document.getElementById('unseen-letters');
  letters.replaceChildren(...[...counts.entries()].map(([tile, count]) => {
    const item = document.createElement('li');
    item.dataset.tile = tile;
    item.dataset.count = String(count);
    item.className = VOWELS.has(tile) ? 'vowel' : tile === '?' ? 'blank' : 'consonant';
    item.textContent = tile.repeat(count);
    item.title = `${count} × ${tile === '?' ? 'blank' : tile}`;
    return item;
  }));
}
