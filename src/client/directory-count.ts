/**
 * Says how many places are shown when a choice changes it, and also when
 * the filter is folded away (which shows every place again) or unfolded
 * (which applies the choice again), so the count heard is never stale.
 */
export function startDirectoryCount(): void {
  const directory = document.querySelector<HTMLElement>('[data-directory]');
  const status = directory?.querySelector<HTMLElement>('[data-filter-status]');
  if (!directory || !status) return;
  const messages = JSON.parse(directory.dataset.showing ?? '[]') as string[];
  const cards = [...directory.querySelectorAll<HTMLElement>('[data-provider-card]')];
  let announced = cards.length;
  const announce = () => {
    const shown = cards.filter((card) => card.offsetParent !== null).length;
    if (shown === announced) return;
    announced = shown;
    status.textContent = messages[shown] ?? '';
  };
  directory.addEventListener('change', announce);
  // toggle does not bubble: listen while it goes down to the <details>.
  directory.addEventListener('toggle', announce, true);
}
