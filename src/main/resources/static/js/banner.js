// The banner under the header while the page's own stream is away: it says the moves are safe
// (they are the server's; the page only shows them), counts down to the next try when the page
// waits between tries, and goes once the stream is back and has sent what was missed. It sits in
// the page's flow, so it never covers the board.

const SAFE = 'Reconnecting… your moves are safe.';

export class Banner {
  constructor(element) {
    this.element = element;
    this.wasLive = false;
    this.retryAt = null;
    this.timer = null;
  }

  /** The stream's state and the time of the next try, from LiveGame's onStatus. */
  show(state, retryAt) {
    if (state === 'live') {
      this.wasLive = true;
      this.retryAt = null;
      this.draw(); // stays until caught up
    } else if (state === 'reconnecting' && this.wasLive) {
      this.retryAt = retryAt ?? null;
      this.element.hidden = false;
      this.draw();
      clearInterval(this.timer);
      this.timer = this.retryAt === null ? null : setInterval(() => this.draw(), 250);
    } else if (state === 'over' || state === 'gone') {
      this.caughtUp();
    }
  }

  /** Everything missed has arrived. */
  caughtUp() {
    clearInterval(this.timer);
    this.timer = null;
    this.element.hidden = true;
  }

  draw() {
    const wait = this.retryAt === null ? 0 : Math.ceil((this.retryAt - Date.now()) / 1000);
    const next = wait > 0 ? ` Trying again in ${wait} s.` : this.retryAt === null ? '' : ' Trying again now.';
    this.element.textContent = SAFE + next;
  }
}
