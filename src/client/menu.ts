/**
 * The open menu lies over the page, so it closes as a menu does: Escape
 * closes it and gives focus back to its button; so do a tap outside it and
 * Tab moving focus out of it (it would otherwise cover what focus reached).
 */
export function startMenu(): void {
  for (const menu of document.querySelectorAll<HTMLDetailsElement>('details[data-menu]')) {
    menu.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !menu.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    });
    menu.addEventListener('focusout', (event) => {
      // No relatedTarget: a tap on the menu's own text, or the window lost focus.
      if (event.relatedTarget instanceof Node && !menu.contains(event.relatedTarget))
        menu.open = false;
    });
    document.addEventListener('pointerdown', (event) => {
      if (menu.open && event.target instanceof Node && !menu.contains(event.target))
        menu.open = false;
    });
  }
}
