/** The parts of a KeyboardEvent the detector reads (plain objects in tests). */
/**
 * The sessionStorage entry quick exit leaves ({ url, at }), so that a page of
 * ours opened again in that tab (Back, a restored tab) leaves at once.
 */
export const EXITED_KEY = 've-nha-exited';

/** How long after a quick exit the guard keeps sending that tab away. */
export const EXIT_GUARD_MS = 30 * 60 * 1000;

export interface KeyInput {
  key: string;
  repeat?: boolean;
  /** True while an input method (Chinese, Korean, Vietnamese Telex…) is composing. */
  isComposing?: boolean;
  /** True when the key went to a text field, where input methods live. */
  inTextField?: boolean;
  timeStamp: number;
}

/**
 * Detects three deliberate Shift taps in a row, each within `windowMs` of
 * the last. A tap is a Shift pressed and released with nothing else in
 * between, quickly, and outside input-method composition. This rules out
 * what must never fire the exit by accident:
 * - holding Shift (auto-repeat, or a press longer than `holdMs`), as when
 *   typing a capital or Shift-clicking;
 * - Shift used to switch a Chinese or Korean keyboard between modes, which
 *   happens in text fields and during composition;
 * - Shift as part of a shortcut (another key went down while it was held).
 */
export function createShiftTapDetector(taps = 3, windowMs = 1500, holdMs = 500) {
  let count = 0;
  let lastTap = -Infinity;
  let downAt: number | undefined;
  let spoiled = false;

  const ignored = (e: KeyInput) => e.isComposing || e.key === 'Process' || e.inTextField;

  return {
    keydown(e: KeyInput): void {
      if (e.key !== 'Shift' || ignored(e)) {
        count = 0;
        spoiled = downAt !== undefined;
        return;
      }
      if (e.repeat) {
        spoiled = true;
        return;
      }
      downAt = e.timeStamp;
      spoiled = false;
    },
    /** True when this key-up completes the taps. */
    keyup(e: KeyInput): boolean {
      if (e.key !== 'Shift') return false;
      const wasTap =
        downAt !== undefined && !spoiled && !ignored(e) && e.timeStamp - downAt <= holdMs;
      downAt = undefined;
      spoiled = false;
      if (!wasTap) {
        count = 0;
        return false;
      }
      count = e.timeStamp - lastTap <= windowMs ? count + 1 : 1;
      lastTap = e.timeStamp;
      if (count >= taps) {
        count = 0;
        return true;
      }
      return false;
    },
    /** Input-method composition started or ended: start counting again. */
    reset(): void {
      count = 0;
      downAt = undefined;
      spoiled = false;
    },
  };
}
