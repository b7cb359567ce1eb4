// A province with no listed service should not be a dead end: point the
// reader to the provinces of the same region that do list services.

export interface ProvinceSummary {
  id: string;
  region: string;
  /** How many current (not historic) services the directory lists there. */
  services: number;
}

/** Other provinces of `province`'s region that list at least one service, in the given order. */
export function nearbyWithServices<T extends ProvinceSummary>(province: T, all: T[]): T[] {
  return all.filter((p) => p.id !== province.id && p.region === province.region && p.services > 0);
}
