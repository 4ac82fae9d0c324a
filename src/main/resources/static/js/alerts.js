// Opt-in signals for a player who looks away: a tone when another player moves and when their own
// time runs low (Web Audio, generated), and a browser notification when it is their turn while the
// tab is hidden. Each is off until ticked; the permission to notify is asked only on that click.

const LOW_MARKS = [30_000, 10_000];
const STORED = 'tilecast.alerts';

function stored() {
  try {
    return JSON.parse(localStorage.getItem(STORED) ?? '{}') ?? {};
  } catch {
    return {};
  }
}

export class Alerts {
  /** @param controls an element holding the two checkboxes `[name=sound]` and `[name=notify]` */
  constructor(controls) {
    this.sound = controls.querySelector('[name=sound]');
    this.notify = controls.querySelector('[name=notify]');
    this.audio = null;
    this.lowRung = new Set();
    const saved = stored();
    this.sound.checked = Boolean(saved.sound);
    this.notify.checked = Boolean(saved.notify) && 'Notification' in window && Notification.permission === 'granted';
    this.notify.disabled = !('Notification' in window);
    this.sound.addEventListener('change', () => {
      if (this.sound.checked) {
        this.tone(660, 0.08); // the click is the gesture that lets the page make sound
      }
      this.save();
    });
    this.notify.addEventListener('change', async () => {
      if (this.notify.checked && Notification.permission !== 'granted') {
        this.notify.checked = (await Notification.requestPermission()) === 'granted';
      }
      this.save();
    });
  }

  save() {
    localStorage.setItem(STORED, JSON.stringify({ sound: this.sound.checked, notify: this.notify.checked }));
  }

  /** Another seat moved: a two-note chime. */
  opponentMoved() {
    this.tone(523, 0.12);
    this.tone(784, 0.16, 0.13);
  }

  /** The player's own running clock, checked a few times a second: one beep at 30 s left, two at 10 s. */
  ownTime(left) {
    if (left === null) {
      return;
    }
    for (const [i, mark] of LOW_MARKS.entries()) {
      if (left < mark && left > mark - 5_000 && !this.lowRung.has(mark)) {
        this.lowRung.add(mark);
        for (let beep = 0; beep <= i; beep++) {
          this.tone(880, 0.1, beep * 0.18);
        }
      } else if (left > mark) {
        this.lowRung.delete(mark);
      }
    }
  }

  /** It became this player's turn: a notification, only while the tab is hidden. */
  yourTurn(text) {
    if (this.notify.checked && document.hidden && Notification.permission === 'granted') {
      const notice = new Notification('Tilecast: your turn', { body: text, tag: 'tilecast-turn' });
      notice.addEventListener('click', () => window.focus());
    }
  }

  tone(frequency, seconds, delay = 0) {
    if (!this.sound.checked) {
      return;
    }
    this.audio ??= new AudioContext();
    const start = this.audio.currentTime + delay;
    const oscillator = this.audio.createOscillator();
    const gain = this.audio.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.2, start);
    gain.gain.exponentialRampToValueAtTime(0.001, start + seconds);
    oscillator.connect(gain).connect(this.audio.destination);
    oscillator.start(start);
    oscillator.stop(start + seconds);
  }
}
