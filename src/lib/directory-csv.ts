// The directory's spreadsheet form: one row per provider (service), the
// columns partners fill in. Used by the CSV export and `npm run directory:import`.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { providerSchema, type Provider } from '../schemas/provider.ts';
import { hoursFromText, hoursToText } from './hours.ts';
import { checkMdx } from './mdx-check.ts';
import { nationalAllowlist, shortCodeAllowlist } from './phone.ts';
import { findProvince } from './provinces.ts';

/** The columns, in order, with what goes in each (shown in the README and the template). */
export const columns = {
  id: 'File name of the provider: lower-case ASCII words joined by "-", e.g. an-giang-tro-giup-phap-ly',
  name_vi: 'Official Vietnamese name',
  name_en: 'English name',
  organization_vi: 'Parent organisation in Vietnamese (optional)',
  organization_en: 'Parent organisation in English (optional)',
  kind: 'government, mass-organisation, ngo, international, health or legal',
  province: 'Province or city, current or former name (e.g. An Giang or Kiên Giang)',
  commune: 'Commune, ward or special zone (optional; districts no longer exist)',
  address: 'Street address (optional)',
  phones:
    'Numbers as written, separated by ";", each optionally followed by (Vietnamese label | English label)',
  email: 'Email (optional)',
  website: 'Website starting with https:// (optional)',
  hours: '24/7, or e.g. "mon,tue,wed,thu,fri 07:30-17:00; sat 07:30-11:30" (optional)',
  service_types: 'Service type ids separated by ";" (see the list in the README)',
  serves_genders: 'women;men, women, or men',
  serves_children: 'yes or no',
  languages: 'Language codes separated by ";", e.g. vi;en',
  cost: 'free, charged or unknown',
  referral_required: 'yes, no or unknown',
  nationwide: 'yes only if a source says it takes people from any province; otherwise no or empty',
  sources: 'Web addresses where the information comes from, separated by spaces',
  verified: 'Date of the newest evidence, YYYY-MM-DD or dd/mm/yyyy',
  status: 'verified, unverified or historic',
  confirmed:
    'Date a partner phoned or visited and confirmed the entry, YYYY-MM-DD or dd/mm/yyyy (optional; give confirmed_by too)',
  confirmed_by: 'The organisation that confirmed it, never a person (optional; give confirmed too)',
  description_vi: 'A few plain sentences in Vietnamese about the service',
} as const;

export type Column = keyof typeof columns;
export const columnNames = Object.keys(columns) as Column[];

/** Where a schema field's problems are reported in the spreadsheet. */
const columnOfField: Record<string, Column> = {
  name: 'name_vi',
  organization: 'organization_vi',
  serviceTypes: 'service_types',
  serves: 'serves_genders',
  referralRequired: 'referral_required',
  confirmedBy: 'confirmed_by',
};

export interface RowError {
  row: number;
  /** The column's heading as the spreadsheet shows it, "(row)" for the whole row, "(file)" for the whole file (row 0). */
  column: string;
  message: string;
}

/**
 * A date as a spreadsheet holds it: YYYY-MM-DD, or d/m/yyyy as Excel shows
 * dates with Vietnamese regional settings. Returns YYYY-MM-DD, or the cell
 * unchanged for the schema to refuse.
 */
export function dateFromCell(cell: string): string {
  const match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(cell.trim());
  if (!match) return cell.trim();
  const [, d, m, y] = match;
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : cell.trim();
}

interface ProvinceLike {
  id: string;
  data: { name: { vi: string; en: string }; formerNames: string[] };
}

const list = (cell: string, separator = ';') =>
  cell
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

export function providerToRow(id: string, data: Provider, body: string): Record<Column, string> {
  return {
    id,
    name_vi: data.name.vi,
    name_en: data.name.en,
    organization_vi: data.organization?.vi ?? '',
    organization_en: data.organization?.en ?? '',
    kind: data.kind,
    province: data.province,
    commune: data.commune ?? '',
    address: data.address ?? '',
    phones: data.phones
      .map((p) => (p.label ? `${p.number} (${p.label.vi} | ${p.label.en})` : p.number))
      .join('; '),
    email: data.email ?? '',
    website: data.website ?? '',
    hours: hoursToText(data.hours),
    service_types: data.serviceTypes.join(';'),
    serves_genders: data.serves.genders.join(';'),
    serves_children: data.serves.children ? 'yes' : 'no',
    languages: data.languages.join(';'),
    cost: data.cost,
    referral_required: data.referralRequired,
    nationwide: data.nationwide ? 'yes' : 'no',
    sources: data.sources.join(' '),
    verified: data.verified.toISOString().slice(0, 10),
    status: data.status,
    confirmed: data.confirmed?.toISOString().slice(0, 10) ?? '',
    confirmed_by: data.confirmedBy ?? '',
    description_vi: body.trim(),
  };
}

/** What the phone should dial for a number written in Viet Nam, and its kind. */
export function dialFor(
  number: string,
): { dial: string; kind: 'short-code' | 'national' | 'ordinary' } | null {
  const digits = number.replace(/[^\d+]/g, '');
  if (shortCodeAllowlist.VN?.includes(digits)) return { dial: digits, kind: 'short-code' };
  if (nationalAllowlist.VN?.includes(digits)) return { dial: digits, kind: 'national' };
  const parsed = parsePhoneNumberFromString(number, 'VN');
  return parsed?.isValid() ? { dial: parsed.number, kind: 'ordinary' } : null;
}

/** Turn one spreadsheet row into provider data, or say exactly what is wrong. */
export function rowToProvider(
  cells: Record<Column, string>,
  row: number,
  provinces: ProvinceLike[],
): { id: string; data: Provider; body: string } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: Column, message: string) => errors.push({ row, column, message });
  const get = (c: Column) => (cells[c] ?? '').trim();

  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(get('id'))) {
    fail(
      'id',
      `"${get('id')}" chưa phải tên tệp: viết chữ thường không dấu, nối bằng "-", ví dụ "tro-giup-phap-ly-ha-noi". (Not a file name: use lower-case ASCII words joined by "-".)`,
    );
  }
  // Spreadsheets run a cell starting with = + or @ as a formula; names never start so.
  for (const column of [
    'name_vi',
    'name_en',
    'organization_vi',
    'organization_en',
    'commune',
    'address',
    'confirmed_by',
  ] as const) {
    if (/^[=+@]/.test(get(column))) {
      fail(
        column,
        `"${get(column)}" bắt đầu như một công thức bảng tính (=, +, @): hãy bắt đầu bằng chính cái tên. (Starts like a spreadsheet formula: start with the name itself.)`,
      );
    }
  }
  const province = findProvince(provinces, get('province'));
  if (!province) {
    fail(
      'province',
      `"${get('province')}" không phải tên một trong 34 tỉnh, thành năm 2025 hay tên tỉnh cũ. (Not one of the 34 provinces of 2025 or a former province name.)`,
    );
  }
  const phones = list(get('phones')).flatMap((entry) => {
    // The label is everything inside the outer brackets, so it may hold brackets itself.
    const match = /^([^()]+?)\s*(?:\((.*)\))?$/.exec(entry);
    const dial = match ? dialFor(match[1]!) : null;
    if (!match || !dial) {
      fail(
        'phones',
        `"${entry}" không phải số điện thoại gọi được ở Việt Nam; các số cách nhau bằng ";". (Not a phone number that works in Viet Nam; separate numbers with ";".)`,
      );
      return [];
    }
    const [vi, en] = match[2]?.split(/\|(.*)/s) ?? [];
    if (match[2] !== undefined && (!vi?.trim() || !en?.trim() || en.includes('|'))) {
      fail(
        'phones',
        `"${entry}": ghi nhãn dạng (nhãn tiếng Việt | nhãn tiếng Anh), có đúng một dấu "|". Write the label as (Vietnamese label | English label), with one "|", e.g. "0296 3852 000 (Lễ tân | Reception)".`,
      );
      return [];
    }
    const label = vi && en ? { vi: vi.trim(), en: en.trim() } : undefined;
    return [{ number: match[1]!.trim(), ...dial, ...(label ? { label } : {}) }];
  });
  let hours;
  try {
    hours = hoursFromText(get('hours'));
  } catch (error) {
    fail('hours', (error as Error).message);
  }
  const body = get('description_vi');
  // The description becomes the body of an MDX file: the same allow-list as
  // the content check (text paragraphs and <Hotline> numbers), so nothing in
  // a cell can run during the build.
  for (const problem of checkMdx(body, 'provider')) {
    fail(
      'description_vi',
      `dòng ${problem.line} trong ô (line ${problem.line} of the cell): ${problem.message}`,
    );
  }
  const yesNo = (column: Column) => {
    const value = get(column);
    const yes = ['yes', 'có', 'co'].includes(value.toLowerCase());
    if (!yes && !['no', 'không', 'khong'].includes(value.toLowerCase())) {
      fail(column, `viết "có" hoặc "không" (yes or no), không phải "${value}".`);
    }
    return yes;
  };
  const optional = (value: string) => (value === '' ? undefined : value);
  const draft = {
    name: { vi: get('name_vi'), en: get('name_en') },
    ...(get('organization_vi') || get('organization_en')
      ? { organization: { vi: get('organization_vi'), en: get('organization_en') } }
      : {}),
    kind: get('kind'),
    province: province?.id ?? get('province'),
    commune: optional(get('commune')),
    address: optional(get('address')),
    phones,
    email: optional(get('email')),
    website: optional(get('website')),
    hours,
    serviceTypes: list(get('service_types')),
    serves: { genders: list(get('serves_genders')), children: yesNo('serves_children') },
    languages: list(get('languages')),
    cost: get('cost'),
    referralRequired: get('referral_required'),
    nationwide: get('nationwide') === '' ? false : yesNo('nationwide'),
    sources: list(get('sources'), ' '),
    verified: dateFromCell(get('verified')),
    status: get('status'),
    confirmed: optional(dateFromCell(get('confirmed'))),
    confirmedBy: optional(get('confirmed_by')),
  };
  const parsed = providerSchema.safeParse(
    Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)),
  );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const column =
        columnOfField[field] ?? (columnNames.includes(field as Column) ? (field as Column) : 'id');
      const values = 'values' in issue ? (issue.values as unknown[]) : undefined;
      fail(
        column,
        values
          ? `Giá trị không hợp lệ (${issue.path.join('.')}); viết một trong: ${values.join(', ')}. (Invalid value; write one of these.)`
          : `Chưa đúng (${issue.path.join('.')}): ${issue.message}`,
      );
    }
  }
  if (errors.length > 0 || !parsed.success) return { errors };
  return { id: get('id'), data: parsed.data, body };
}
