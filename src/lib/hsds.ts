import type { Provider } from '../schemas/provider.ts';
import { serviceTypes } from './service-types.ts';

const hsdsDays: Record<string, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};

/** One provider as an Open Referral HSDS 3.0 service with its organization, location, phones and schedules. */
export function toHsds(id: string, d: Provider, description: string, provinceName: string) {
  return {
    id,
    name: d.name.vi,
    alternate_name: d.name.en,
    description: description.trim(),
    status: d.status === 'historic' ? 'inactive' : 'active',
    email: d.email ?? null,
    url: d.website ?? null,
    fees_description: d.cost,
    eligibility_description: [...d.serves.genders, ...(d.serves.children ? ['children'] : [])].join(
      ', ',
    ),
    languages: d.languages.map((code) => ({ code })),
    last_modified: d.verified.toISOString(),
    organization: {
      id: `${id}-org`,
      name: (d.organization ?? d.name).vi,
      alternate_name: (d.organization ?? d.name).en,
      description: d.kind,
    },
    service_at_locations: [
      {
        location: {
          location_type: 'physical',
          addresses: [
            {
              address_1: d.address ?? '',
              city: d.commune ?? '',
              region: '',
              state_province: provinceName,
              postal_code: '',
              country: 'VN',
              address_type: 'physical',
            },
          ],
        },
      },
    ],
    phones: d.phones.map((p) => ({
      number: p.dial,
      description: p.label?.en ?? null,
      type: 'voice',
    })),
    schedules:
      d.hours === undefined
        ? []
        : d.hours === '24/7'
          ? [
              {
                freq: 'WEEKLY',
                byday: 'MO,TU,WE,TH,FR,SA,SU',
                opens_at: '00:00',
                closes_at: '23:59',
              },
            ]
          : d.hours.map((h) => ({
              freq: 'WEEKLY',
              byday: h.days.map((day) => hsdsDays[day]).join(','),
              opens_at: h.opens,
              closes_at: h.closes,
            })),
    attributes: d.serviceTypes.map((type) => ({
      taxonomy_term: { code: type, name: serviceTypes[type].en, taxonomy: 've-nha-service-types' },
    })),
    contacts: [],
    attribution: d.sources,
  };
}
