// Letter values (RULES.md), shown in the corner of each tile. A blank is worth nothing.
const POINTS = {
  A: 1, B: 3, C: 3, D: 2, E: 1, F: 4, G: 2, H: 4, I: 1, J: 8, K: 5, L: 1, M: 3,
  N: 1, O: 1, P: 3, Q: 10, R: 1, S: 1, T: 1, U: 1, V: 4, W: 4, X: 8, Y: 4, Z: 10,
};

export function points(letter, blank) {
  return blank ? 0 : POINTS[letter] ?? 0;
}

/** A tile element: the letter (empty for an unplayed blank) and its value. */
export function tileElement(letter, blank) {
  const tile = document.createElement('span');
  tile.className = blank ? 'tile blank' : 'tile';
  const face = document.createElement('span');
  face.className = 'letter';
  face.textContent = letter === '?' ? '' : letter;
  const value = document.createElement('span');
  value.className = 'points';
  value.textContent = letter === '?' ? '' : String(points(letter, blank));
  value.setAttribute('aria-hidden', 'true');
  tile.append(face, value);
  return tile;
}

/** The column letter and row number of a square, as players call it (H8 is the centre). */
export function squareName(row, col) {
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}
