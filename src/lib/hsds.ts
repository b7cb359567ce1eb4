import { createHash } from 'node:crypto';
import type { Provider } from '../schemas/provider.ts';
import { serviceTypes, type ServiceType } from './service-types.ts';

const hsdsDays: Record<string, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};

/** Fixed namespace for this directory's ids: never change it, or every published id changes. */
export const HSDS_NAMESPACE = '6b1f3c2e-4a7d-5e91-9c3b-0d8e2f6a1b47';

/**
 * A name-based UUID (version 5, RFC 9562): the same provider always gets the
 * same id, so partners who load the data can match records between exports.
 */
export function uuidV5(name: string, namespace = HSDS_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A description as plain text for open data: <Hotline id> becomes the
 * number, Markdown emphasis is dropped, paragraphs stay apart.
 */
export function plainDescription(
  body: string,
  hotlineNumbers: ReadonlyMap<string, string>,
): string {
  return body
    .replace(/<Hotline id="([a-z0-9-]+)" \/>/g, (tag, id: string) => hotlineNumbers.get(id) ?? tag)
    .replace(/\*\*(.+?)\*\*|\*(.+?)\*/g, (_, a?: string, b?: string) => a ?? b ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const taxonomy = {
  id: uuidV5('taxonomy:ve-nha-service-types'),
  name: 'Về Nhà service types',
  description:
    'The kinds of service in the Về Nhà directory for people returning to Viet Nam (see /du-lieu/).',
};

/** A service type as an HSDS taxonomy term, the same object (and id) wherever it is used. */
export function taxonomyTerm(type: ServiceType) {
  return {
    id: uuidV5(`taxonomy-term:${type}`),
    code: type,
    name: serviceTypes[type].en,
    description: `${serviceTypes[type].en} (${serviceTypes[type].vi})`,
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
    taxonomy_detail: taxonomy,
    language: 'en',
  };
}

/** One provider as an Open Referral HSDS 3.0 service with its organization, location, phones and schedules. */
export function toHsds(id: string, d: Provider, description: string, provinceName: string) {
  const serviceId = uuidV5(`service:${id}`);
  const organizationId = uuidV5(`organization:${id}`);
  const locationId = uuidV5(`location:${id}`);
  const schedules =
    d.hours === undefined
      ? []
      : d.hours === '24/7'
        ? [{ days: Object.keys(hsdsDays), opens: '00:00', closes: '23:59' }]
        : d.hours;
  return {
    id: serviceId,
    organization_id: organizationId,
    name: d.name.vi,
    alternate_name: d.name.en,
    description,
    // HSDS 3.0 types these as strings and numbers, not null: absent means unknown.
    ...(d.website ? { url: d.website } : {}),
    ...(d.email ? { email: d.email } : {}),
    status: d.status === 'historic' ? 'inactive' : 'active',
    fees_description: d.cost,
    eligibility_description: [...d.serves.genders, ...(d.serves.children ? ['children'] : [])].join(
      ', ',
    ),
    ...(d.serves.minAge !== undefined ? { minimum_age: d.serves.minAge } : {}),
    ...(d.serves.maxAge !== undefined ? { maximum_age: d.serves.maxAge } : {}),
    ...(d.confirmed ? { assured_date: d.confirmed.toISOString().slice(0, 10) } : {}),
    last_modified: d.verified.toISOString(),
    languages: d.languages.map((code) => ({
      id: uuidV5(`language:${id}:${code}`),
      service_id: serviceId,
      code,
    })),
    organization: {
      id: organizationId,
      name: (d.organization ?? d.name).vi,
      alternate_name: (d.organization ?? d.name).en,
      description: d.kind,
    },
    service_at_locations: [
      {
        id: uuidV5(`service-at-location:${id}`),
        service_id: serviceId,
        location_id: locationId,
        location: {
          id: locationId,
          location_type: 'physical',
          organization_id: organizationId,
          addresses: [
            {
              id: uuidV5(`address:${id}`),
              location_id: locationId,
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
    phones: d.phones.map((p, i) => ({
      id: uuidV5(`phone:${id}:${i}`),
      service_id: serviceId,
      number: p.dial,
      ...(p.label ? { description: p.label.en } : {}),
      type: 'voice',
    })),
    schedules: schedules.map((h, i) => ({
      id: uuidV5(`schedule:${id}:${i}`),
      service_id: serviceId,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: h.days.map((day) => hsdsDays[day]).join(','),
      opens_at: h.opens,
      closes_at: h.closes,
      timezone: 7,
    })),
    attributes: d.serviceTypes.map((type) => ({
      id: uuidV5(`attribute:${id}:${type}`),
      link_id: serviceId,
      link_type: 'service_type',
      link_entity: 'service',
      taxonomy_term_id: taxonomyTerm(type).id,
      taxonomy_term: taxonomyTerm(type),
    })),
    contacts: [],
    metadata: d.sources.map((source, i) => ({
      id: uuidV5(`metadata:${id}:${i}`),
      resource_id: serviceId,
      resource_type: 'service',
      last_action_date: d.verified.toISOString().slice(0, 10),
      last_action_type: 'source',
      field_name: '',
      previous_value: '',
      replacement_value: source,
      updated_by: 'Về Nhà',
    })),
  };
}
