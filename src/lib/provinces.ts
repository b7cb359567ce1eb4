import { fold } from './fold.ts';

interface ProvinceLike {
  id: string;
  data: { name: { vi: string; en: string }; formerNames: string[] };
}

/**
 * Find a province by any name a person might use: current or former, in
 * Vietnamese or English, with or without tone marks ("Kien Giang" → An Giang).
 */
export function findProvince<T extends ProvinceLike>(provinces: T[], name: string): T | undefined {
  const wanted = fold(name)
    .replace(/^(tinh|thanh pho|tp\.?)\s+/, '')
    .replace(/[^a-z0-9]/g, '');
  const keys = (p: T) => [p.id, p.data.name.vi, p.data.name.en, ...p.data.formerNames];
  return provinces.find((p) =>
    keys(p).some(
      (key) =>
        fold(key)
          .replace(/^(tp\.?)\s+/, '')
          .replace(/[^a-z0-9]/g, '') === wanted,
    ),
  );
}
