/**
 * Every provider whose `province` is not one of the province files, as
 * editor-facing messages (all at once). Used by the build's data layer and by
 * the content test, so the rule is written once.
 */
export function unknownProvinces(
  providers: { id: string; province: string }[],
  provinceIds: ReadonlySet<string>,
): string[] {
  return providers
    .filter((p) => !provinceIds.has(p.province))
    .map(
      (p) =>
        `content/providers/${p.id}.mdx: province "${p.province}" is not one of the files in content/provinces/. Use a file name without .yaml, e.g. "an-giang".`,
    );
}
