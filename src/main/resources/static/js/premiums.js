// The premium squares (RULES.md), row by row: = triple word, - double word, " triple letter,
// ' double letter, * the centre (a double word).
const LAYOUT = [
  "=..'...=...'..=",
  '.-..."..."...-.',
  "..-...'.'...-..",
  "'..-...'...-..'",
  '....-.....-....',
  '."..."..."...".',
  "..'...'.'...'..",
  "=..'...*...'..=",
  "..'...'.'...'..",
  '."..."..."...".',
  '....-.....-....',
  "'..-...'...-..'",
  "..-...'.'...-..",
  '.-..."..."...-.',
  "=..'...=...'..=",
];

const KINDS = {
  '=': { kind: 'tw', label: 'TW', name: 'triple word' },
  '-': { kind: 'dw', label: 'DW', name: 'double word' },
  '"': { kind: 'tl', label: 'TL', name: 'triple letter' },
  "'": { kind: 'dl', label: 'DL', name: 'double letter' },
  '*': { kind: 'centre', label: '★', name: 'centre, double word' },
};

/** The premium of a square, or null for a plain one. */
export function premiumAt(row, col) {
  return KINDS[LAYOUT[row][col]] ?? null;
}
