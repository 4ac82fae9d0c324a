// The questions the game page asks: which letter a blank is, which tiles to exchange, and
// whether to really pass or resign. Each is a modal <dialog> answered by a promise.

const $ = (id) => document.getElementById(id);

function ask(dialog) {
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
  });
}

/** The letter (A–Z) a blank is played as, or null when cancelled. */
export async function chooseBlankLetter() {
  const grid = $('blank-letters');
  if (grid.childElementCount === 0) {
    for (let c = 65; c <= 90; c++) {
      const button = document.createElement('button');
      button.value = String.fromCharCode(c);
      button.textContent = button.value;
      button.className = 'letter-choice';
      grid.append(button);
    }
  }
  const letter = await ask($('blank-dialog'));
  return letter || null;
}

/** The letters to exchange (blank as '?'), or null when cancelled or none chosen. */
export async function chooseExchange(tiles) {
  const box = $('exchange-tiles');
  box.replaceChildren(...tiles.map((tile) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'exchange-tile';
    button.dataset.letter = tile.letter;
    button.textContent = tile.letter === '?' ? 'blank' : tile.letter;
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
    });
    return button;
  }));
  if (await ask($('exchange-dialog')) !== 'ok') {
    return null;
  }
  const letters = [...box.querySelectorAll('[aria-pressed="true"]')].map((b) => b.dataset.letter).join('');
  return letters || null;
}

/** Why the player reports `name`, or null when cancelled or left empty. */
export async function reportReason(name) {
  $('report-title').textContent = `Report ${name}`;
  $('report-reason').value = '';
  return (await ask($('report-dialog'))) === 'ok' ? $('report-reason').value.trim() || null : null;
}

/** True when the player confirms `question` by pressing `action`. */
export async function confirmAction(question, action) {
  $('confirm-title').textContent = question;
  $('confirm-ok').textContent = action;
  return (await ask($('confirm-dialog'))) === 'ok';
}
