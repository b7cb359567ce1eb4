import { describe, expect, it } from 'vitest';
import { createShiftTapDetector, inlineGuard, type KeyInput } from './quick-exit.ts';

/** A Shift tap at `at` ms lasting `hold` ms; returns whether it fired. */
function tap(detector: ReturnType<typeof createShiftTapDetector>, at: number, extra = {}) {
  detector.keydown({ key: 'Shift', timeStamp: at, ...extra });
  return detector.keyup({ key: 'Shift', timeStamp: at + 80, ...extra });
}

describe('createShiftTapDetector', () => {
  it('fires on the third Shift tap in a row', () => {
    const d = createShiftTapDetector();
    expect(tap(d, 0)).toBe(false);
    expect(tap(d, 300)).toBe(false);
    expect(tap(d, 600)).toBe(true);
  });
  it('never fires while Shift is held down (auto-repeat)', () => {
    const d = createShiftTapDetector();
    d.keydown({ key: 'Shift', timeStamp: 0 });
    for (let at = 500; at < 3000; at += 33)
      d.keydown({ key: 'Shift', repeat: true, timeStamp: at });
    expect(d.keyup({ key: 'Shift', timeStamp: 3000 })).toBe(false);
    expect(tap(d, 3200)).toBe(false);
    expect(tap(d, 3400)).toBe(false);
    expect(tap(d, 3600)).toBe(true);
  });
  it('does not count a long press without repeats, or Shift used with another key', () => {
    const d = createShiftTapDetector();
    const held: KeyInput = { key: 'Shift', timeStamp: 0 };
    d.keydown(held);
    expect(d.keyup({ key: 'Shift', timeStamp: 900 })).toBe(false);
    tap(d, 1000);
    d.keydown({ key: 'Shift', timeStamp: 1200 });
    d.keydown({ key: 'A', timeStamp: 1250 });
    expect(d.keyup({ key: 'Shift', timeStamp: 1300 })).toBe(false);
    expect(tap(d, 1400)).toBe(false);
  });
  it('ignores input-method composition and text fields, where Shift switches keyboard modes', () => {
    const d = createShiftTapDetector();
    expect([0, 200, 400].map((at) => tap(d, at, { isComposing: true }))).toEqual([
      false,
      false,
      false,
    ]);
    expect([600, 800, 1000].map((at) => tap(d, at, { key: 'Process' }))).toEqual([
      false,
      false,
      false,
    ]);
    expect([1200, 1400, 1600].map((at) => tap(d, at, { inTextField: true }))).toEqual([
      false,
      false,
      false,
    ]);
  });
  it('starts again after another key or a long pause', () => {
    const d = createShiftTapDetector(3, 1000);
    tap(d, 0);
    tap(d, 200);
    d.keydown({ key: 'a', timeStamp: 300 });
    expect(tap(d, 400)).toBe(false);
    expect(tap(d, 600)).toBe(false);
    expect(tap(d, 5000)).toBe(false);
  });
});

describe('inlineGuard', () => {
  it('drops comment lines and indentation, and keeps the code', () => {
    const out = inlineGuard('// why\ntry {\n  var a = "//not a comment";\n} catch (e) {}\n');
    expect(out).toBe('try {\nvar a = "//not a comment";\n} catch (e) {}');
  });
});
