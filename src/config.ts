/**
 * Site-wide settings that editors or deployers may change.
 */

/**
 * Where the quick-exit control sends the reader: a page that looks ordinary
 * in any history. Set QUICK_EXIT_URL when building to choose another.
 * (A weather search: neutral, and loads on any connection that loads anything.)
 */
export const quickExitUrl =
  process.env.QUICK_EXIT_URL ??
  'https://www.google.com/search?q=d%E1%BB%B1+b%C3%A1o+th%E1%BB%9Di+ti%E1%BA%BFt';
