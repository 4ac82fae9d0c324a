// Each seat's clock, ticking in the browser between events. The server alone keeps time: every
// view and event carries `clock`, each seat's milliseconds left at the server instant `at` and
// the seat whose clock runs. Here the running one counts down from the last of them, and each
// event sets them right again.

const TICK_MS = 200;
const LOW_MS = 30_000;

export class Clocks {
  /** @param onTick () called while a clock runs, a few times a second, to redraw */
  constructor(onTick) {
    this.onTick = onTick;
    this.clock = null;
    this.receivedAt = 0;
    this.elapsedThen = 0;
    this.skew = 0;
    this.timer = null;
  }

  /**
   * A clock from the server. A live event is sent the moment its `at` happened, so its arrival
   * says how far this browser's clock is from the server's; a snapshot may be older than it
   * arrives, so the time since its `at` is counted with that difference.
   */
  update(clock, live) {
    this.clock = clock ?? null;
    this.receivedAt = performance.now();
    this.elapsedThen = 0;
    if (this.clock?.at) {
      const sinceAt = Date.now() - Date.parse(this.clock.at);
      if (live) {
        this.skew = sinceAt;
      } else {
        this.elapsedThen = Math.max(0, sinceAt - this.skew);
      }
    }
    const running = this.runningSeat() !== null;
    if (running && this.timer === null) {
      this.timer = setInterval(() => this.onTick(), TICK_MS);
    } else if (!running && this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  timed() {
    return this.clock !== null;
  }

  runningSeat() {
    return this.clock?.running ?? null;
  }

  /** The seat's milliseconds left now (negative in overtime), or null when it has no clock. */
  remaining(seat) {
    const left = this.clock?.remaining?.[seat];
    if (left === undefined) {
      return null;
    }
    if (seat !== this.runningSeat()) {
      return left;
    }
    return left - this.elapsedThen - (performance.now() - this.receivedAt);
  }
}

/** 734512 → "12:15", 4000000 → "1:06:40", -12000 → "-0:12": whole seconds, rounded towards the deadline. */
export function formatClock(ms) {
  const negative = ms < 0;
  const seconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  const text = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  return negative && seconds > 0 ? `-${text}` : text;
}

/** How a time control reads in a list: "20 min", "5 min + 3 s", "untimed". */
export function describeTimeControl(clock) {
  if (!clock) {
    return 'untimed';
  }
  const minutes = clock.initial % 60 === 0 ? `${clock.initial / 60} min` : `${clock.initial} s`;
  return clock.increment > 0 ? `${minutes} + ${clock.increment} s` : minutes;
}

/** Draws each seat's clock into the cells marked `data-clock-seat`: running highlighted, red under 30 s. */
export function renderClocks(clocks, root) {
  for (const cell of root.querySelectorAll('[data-clock-seat]')) {
    const seat = Number(cell.dataset.clockSeat);
    const left = clocks.remaining(seat);
    cell.textContent = left === null ? '' : formatClock(left);
    cell.classList.toggle('running', left !== null && seat === clocks.runningSeat());
    cell.classList.toggle('low', left !== null && left < LOW_MS);
    cell.classList.toggle('overtime', left !== null && left < 0);
  }
}
