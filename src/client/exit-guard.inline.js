// Runs before anything is drawn: for 30 minutes after a quick exit, a page of
// ours opened in that tab (Back, or a restored tab) goes straight back to the
// neutral site. Inlined in every page and hashed in the Content-Security-Policy
// (astro.config.ts and scripts/security-headers.ts): keep it plain ES2017.
try {
  var exit = JSON.parse(sessionStorage.getItem('ve-nha-exited') || 'null');
  if (exit && Date.now() - exit.at < 30 * 60 * 1000) {
    document.documentElement.style.display = 'none';
    // Stop loading the rest of this page before leaving, so less of it is kept.
    window.stop();
    location.replace(exit.url);
  }
} catch {
  // Storage blocked: nothing was saved, so there is nothing to do.
}
