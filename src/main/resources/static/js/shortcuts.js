// The keyboard shortcuts, listed in a dialog behind the "?" key (anywhere but a text field).

const KEYS = [
  ['Tab', 'move between the board, the rack and the buttons; the rack is one stop'],
  ['← → (rack)', 'choose a rack tile; Enter picks it up, Space on the board puts it down'],
  ['Arrow keys (board)', 'move the cursor'],
  ['Space (board)', 'turn the typing direction, or put down the picked-up tile'],
  ['A–Z', 'put that tile at the cursor'],
  ['Shift + A–Z', 'play a blank as that letter'],
  ['Backspace', 'take back the last tile'],
  ['Escape', 'take back every tile'],
  ['Enter', 'play (during the opponent\'s turn: play as soon as it is yours)'],
  ['!', 'challenge the last play (when the rule allows)'],
  ['?', 'this list'],
];

/** Adds the dialog to the page and opens it on "?". */
export function shortcutList() {
  const dialog = document.createElement('dialog');
  dialog.id = 'shortcuts-dialog';
  dialog.setAttribute('aria-labelledby', 'shortcuts-title');
  const form = document.createElement('form');
  form.method = 'dialog';
  const title = document.createElement('h2');
  title.id = 'shortcuts-title';
  title.textContent = 'Keyboard shortcuts';
  const list = document.createElement('dl');
  list.className = 'shortcuts';
  for (const [key, what] of KEYS) {
    const dt = document.createElement('dt');
    const kbd = document.createElement('kbd');
    kbd.textContent = key;
    dt.append(kbd);
    const dd = document.createElement('dd');
    dd.textContent = what;
    list.append(dt, dd);
  }
  const close = document.createElement('button');
  close.textContent = 'Close';
  form.append(title, list, close);
  dialog.append(form);
  document.body.append(dialog);
  document.addEventListener('keydown', (event) => {
    if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey
        && !(event.target instanceof HTMLInputElement) && !dialog.open) {
      event.preventDefault();
      dialog.showModal();
    }
  });
}
