// Dragging tiles with pointer events rather than HTML drag-and-drop, which touch screens do not
// send: a press that moves a few pixels becomes a drag with a copy of the tile following the
// pointer; a press that does not move stays a click (so the same tile works by click, tap and
// keyboard). Listeners sit on a container, so tiles may be redrawn at any time.

const THRESHOLD_PX = 6;
let suppressClick = false;

/**
 * Lets the elements matching `selector` inside `container` be dragged. At release,
 * `drop(source, target)` gets the dragged element and the element under the pointer;
 * `hover(target)` is told what the tile is over while it moves (null at the end).
 */
export function dragFrom(container, selector, { drop, hover = () => {} }) {
  container.addEventListener('pointerdown', (down) => {
    const source = down.target.closest(selector);
    if (down.button !== 0 || !source || !container.contains(source)) {
      return;
    }
    let ghost = null;
    let box = null;

    const follow = (move) => {
      if (!ghost) {
        if (Math.hypot(move.clientX - down.clientX, move.clientY - down.clientY) < THRESHOLD_PX) {
          return;
        }
        box = source.getBoundingClientRect();
        ghost = source.cloneNode(true);
        ghost.removeAttribute('id');
        ghost.classList.add('dragging');
        ghost.style.width = `${box.width}px`;
        ghost.style.height = `${box.height}px`;
        document.getElementById('drag-layer').append(ghost);
        source.classList.add('drag-source');
      }
      ghost.style.transform = `translate(${move.clientX - box.width / 2}px, ${move.clientY - box.height / 2}px)`;
      hover(document.elementFromPoint(move.clientX, move.clientY));
    };
    const finish = (up) => {
      window.removeEventListener('pointermove', follow);
      window.removeEventListener('pointerup', finish);
      window.removeEventListener('pointercancel', finish);
      if (!ghost) {
        return;
      }
      ghost.remove();
      source.classList.remove('drag-source');
      hover(null);
      suppressClick = true;
      setTimeout(() => { suppressClick = false; }, 0);
      if (up.type === 'pointerup') {
        drop(source, document.elementFromPoint(up.clientX, up.clientY));
      }
    };
    window.addEventListener('pointermove', follow);
    window.addEventListener('pointerup', finish);
    window.addEventListener('pointercancel', finish);
  });
}

/** True for the click that the browser sends at the end of a drag (it is not a click). */
export function clickEndedDrag() {
  return suppressClick;
}
