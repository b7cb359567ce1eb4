// Runs before anything is drawn: for a while after a quick exit, a page of
// ours opened in that tab (Back, or a restored tab) goes straight back to the
// neutral site. Inlined in every page and hashed in the Content-Security-Policy
// (astro.config.ts and scripts/security-headers.ts): keep it plain ES2017.
// Its key and time window come from its own data- attributes (ExitGuard.astro
// writes them from src/lib/quick-exit.ts), so this text, and its hash, stay fixed.
try {
  var guard = document.currentScript.dataset;
  var exit = JSON.parse(sessionStorage.getItem(guard.exitedKey) || 'null');
  if (exit && Date.now() - exit.at < Number(guard.windowMs)) {
    document.documentElement.style.display = 'none';
    // Stop loading the rest of this page before leaving, so less of it is kept.
    window.stop();
    location.replace(exit.url);
  }
} catch {
  // Storage blocked: nothing was saved, so there is nothing to do.
}
