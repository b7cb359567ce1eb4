/**
 * Counts Shift presses: three in a row, each within `windowMs` of the last,
 * triggers the quick exit. Any other key starts the count again.
 */
export function createShiftCounter(presses = 3, windowMs = 1500) {
  let count = 0;
  let last = -Infinity;
  return function onKey(key: string, at: number): boolean {
    if (key !== 'Shift') {
      count = 0;
      return false;
    }
    count = at - last <= windowMs ? count + 1 : 1;
    last = at;
    if (count >= presses) {
      count = 0;
      return true;
    }
    return false;
  };
}
