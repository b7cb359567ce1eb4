// "Print this page": the button stays hidden until this script runs, so a
// reader without JavaScript sees only the hint on using the browser's menu.
/** Shows and wires every Print button on the page. */
export function startPrint(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
