/** Run one build step, then print what it did and how long it took. */
export async function step<T>(
  name: string,
  run: () => { result: T; summary: string } | Promise<{ result: T; summary: string }>,
): Promise<T> {
  const started = performance.now();
  try {
    const { result, summary } = await run();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`✓ ${name}: ${summary} (${seconds} s)`);
    return result;
  } catch (error) {
    console.error(`✗ ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    throw error;
  }
}
