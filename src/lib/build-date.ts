// The one date of a build. Every page, print edition, "verified over a year
// ago" flag and offline bundle of a build reads it here, so they agree.
// SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/)
// pins it, so building the same sources again gives the same files.

/**
 * The build date from SOURCE_DATE_EPOCH (whole seconds since 1970, UTC) when
 * set, else now. A malformed value is an error, as the specification asks.
 * @example buildDateFrom({ SOURCE_DATE_EPOCH: '1767225600' }) // 2026-01-01T00:00:00Z
 */
export function buildDateFrom(
  env: Readonly<Record<string, string | undefined>>,
  now: () => Date = () => new Date(),
): Date {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return now();
  if (!/^\d+$/.test(value)) {
    throw new Error(
      `SOURCE_DATE_EPOCH is "${value}"; it must be whole seconds since 1970 (e.g. 1767225600 for 1 January 2026), or unset to use the current time.`,
    );
  }
  return new Date(Number(value) * 1000);
}

/**
 * When this build was made. Read once per build process: without
 * SOURCE_DATE_EPOCH, the Astro build and the later build steps each read the
 * clock when they start.
 */
export const buildDate: Date = buildDateFrom(process.env);
