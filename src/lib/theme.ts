// The site's two theme colours, for what the browser and the phone draw
// around the page: <meta name="theme-color"> and the web app manifest.
// src/styles/global.css repeats them as --c-brand and --c-bg (CSS cannot
// import this file; a unit test keeps them equal), and public/icon.svg
// draws its tile in the brand colour.

/** The brand colour: the phone's address bar and the installed app's title bar. */
export const brandColor = '#1d5c63';

/** The page background: the installed app's splash screen. */
export const backgroundColor = '#fbfaf7';
