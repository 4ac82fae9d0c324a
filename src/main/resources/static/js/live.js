// One live connection to a game's events. The page reconnects by itself rather than leaving it to
// the browser, so that the wait between tries is the page's to show: at once when the server says
// `reconnect` (it is about to close), else after a backoff (250 ms, doubling up to 4 s) with
// `?lastEventId=n`. It tells the page whether it is live, and closes for good once the game is
// over: the server ends a finished game's stream, and would answer a reconnection 204.
// `presence` has no id and never moves Last-Event-ID; on a resumed stream it ends what was
// missed, so the page knows it has caught up (a snapshot is caught up by itself).

const EVENTS = ['snapshot', 'joined', 'started', 'moved', 'ended', 'challenged', 'cancelled'];
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 4000;

export class LiveGame {
  /**
   * @param url      the game's events URL
   * @param onEvent  (type, data) for every game event, in order
   * @param onStatus ('connecting' | 'live' | 'reconnecting' | 'over', retryAt) — retryAt: when the page
   *                 tries again (Date.now() time), null when the browser retries by itself
   * @param onClosed () when the browser gave up; returns false to stop retrying (e.g. no such game)
   * @param onPresence (data) for every `presence` event
   * @param onCaughtUp () once an opened stream has sent everything that was missed
   * @param onNudge (data) for every `nudge` event
   * @param onChat (data) for every `chat` line (no id either)
   */
  constructor(url, { onEvent, onStatus, onClosed, onPresence, onCaughtUp, onNudge, onChat }) {
    this.url = url;
    this.onEvent = onEvent;
    this.onStatus = onStatus;
    this.onClosed = onClosed ?? (async () => true);
    this.onPresence = onPresence ?? (() => {});
    this.onCaughtUp = onCaughtUp ?? (() => {});
    this.onNudge = onNudge ?? (() => {});
    this.onChat = onChat ?? (() => {});
    this.lastEventId = null;
    this.retryMs = RETRY_MIN_MS;
    this.source = null;
    this.timer = null;
  }

  /** Opens the stream; resumes after `lastEventId` when one was seen, else starts from a snapshot. */
  open() {
    this.close();
    const url = this.lastEventId === null ? this.url
      : `${this.url}?lastEventId=${encodeURIComponent(this.lastEventId)}`;
    const source = new EventSource(url);
    this.source = source;
    source.addEventListener('open', () => {
      this.retryMs = RETRY_MIN_MS;
      this.onStatus('live');
    });
    for (const type of EVENTS) {
      source.addEventListener(type, (event) => this.deliver(type, event));
    }
    source.addEventListener('presence', (event) => {
      this.onPresence(JSON.parse(event.data));
      this.onCaughtUp();
    });
    source.addEventListener('nudge', (event) => this.onNudge(JSON.parse(event.data)));
    source.addEventListener('chat', (event) => this.onChat(JSON.parse(event.data)));
    source.addEventListener('reconnect', (event) => {
      this.lastEventId = event.lastEventId || this.lastEventId;
      this.onStatus('reconnecting');
      this.open();
    });
    source.addEventListener('error', () => this.failed(source));
  }

  /** Drops what was seen and starts again from a snapshot (after a gap, or a change of seat). */
  restart() {
    this.lastEventId = null;
    this.open();
  }

  close() {
    clearTimeout(this.timer);
    this.source?.close();
    this.source = null;
  }

  deliver(type, event) {
    this.lastEventId = event.lastEventId || this.lastEventId;
    const data = JSON.parse(event.data);
    this.onEvent(type, data);
    if (type === 'snapshot') {
      this.onCaughtUp();
    }
    if (type === 'ended' || type === 'cancelled' || (type === 'snapshot' && ['finished', 'cancelled'].includes(data.status))) {
      this.close();
      this.onStatus('over');
    }
  }

  async failed(source) {
    if (source !== this.source) {
      return;
    }
    this.onStatus('reconnecting');
    source.close(); // the page, not the browser, decides when to try again
    const retry = await this.onClosed();
    if (source !== this.source) {
      return; // reopened meanwhile (a `reconnect` event, or a restart)
    }
    if (!retry) {
      this.close();
      return;
    }
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    this.onStatus('reconnecting', Date.now() + delay);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.open(), delay);
  }
}
