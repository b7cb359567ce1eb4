import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * Short codes that libphonenumber does not know.
 * Each one is listed here on purpose, with the country where it works;
 * a number outside this list must be a valid ordinary number.
 */
export const shortCodeAllowlist: Readonly<Record<string, readonly string[]>> = {
  // Viet Nam: 111 child protection and anti-trafficking, 112 search and rescue,
  // 113 police, 114 fire and rescue, 115 ambulance.
  VN: ['111', '112', '113', '114', '115'],
  // Korea: 112 police, 119 fire and ambulance, 1366 women's emergency line,
  // 1345 immigration contact centre.
  KR: ['112', '119', '1345', '1366'],
  // China: 110 police, 119 fire, 120 ambulance, 122 traffic accidents.
  CN: ['110', '119', '120', '122'],
  // Cambodia: 117 police.
  KH: ['117'],
  // Taiwan (sources in content/hotlines/tw-*.yaml):
  // 110 police (npa.gov.tw), 119 fire and ambulance (nfa.gov.tw), 113 protection hotline
  // (taiwannews.com.tw, taichung.gov.tw), 1955 foreign worker hotline (wda.gov.tw),
  // 1990 National Immigration Agency line for foreign residents (CNA, 27 Jun 2022).
  TW: ['110', '113', '119', '1955', '1990'],
  // Japan: 110 police (npa.go.jp), 119 fire and ambulance
  // (city.odate.lg.jp, city.tokushima.tokushima.jp).
  JP: ['110', '119'],
  // Malaysia: 999 emergency services, MERS 999 (bernama.com, thestar.com.my).
  MY: ['999'],
};

/**
 * National service numbers (toll-free 1800, shared-cost 1900, Korea's 15xx…)
 * that are dialled as written inside their country. Written without spaces.
 */
export const nationalAllowlist: Readonly<Record<string, readonly string[]>> = {
  // Korea: the Danuri helpline for migrant families (content/hotlines/kr-danuri.yaml).
  KR: ['15771366'],
  // Viet Nam: 1900 969680, Peace House / Centre for Women and Development call centre,
  // Viet Nam Women's Union (content/hotlines/vn-peace-house.yaml).
  // 1800 1233, the Ministry of Justice's legal-aid hotline (content/hotlines/vn-legal-aid.yaml).
  VN: ['1900969680', '18001233'],
};

interface DialInput {
  dial: string;
  country: string;
  kind: 'short-code' | 'national' | 'ordinary';
}

/** Why a dial string is not valid for its kind and country, or null when it is. */
export function checkDialString({ dial, country, kind }: DialInput): string | null {
  if (kind === 'short-code') {
    const allowed = shortCodeAllowlist[country] ?? [];
    return allowed.includes(dial)
      ? null
      : `"${dial}" is not a known short code for ${country}. If it is real, add it with its source to shortCodeAllowlist in src/lib/phone.ts.`;
  }
  if (kind === 'national') {
    const allowed = nationalAllowlist[country] ?? [];
    return allowed.includes(dial)
      ? null
      : `"${dial}" is not a known national service number for ${country}. If it is real, add it with its source to nationalAllowlist in src/lib/phone.ts.`;
  }
  if (!dial.startsWith('+')) {
    return `An ordinary number is dialled in international form: write dial as "+<country code><number>", e.g. "+84981848484".`;
  }
  const parsed = parsePhoneNumberFromString(dial);
  if (!parsed || !parsed.isValid()) {
    return `"${dial}" is not a valid phone number. Check the digits against the source.`;
  }
  if (parsed.country && parsed.country !== (country as CountryCode)) {
    return `"${dial}" is a number in ${parsed.country}, but country says ${country}.`;
  }
  return null;
}

/** The href of a call link. */
export function telHref(dial: string): string {
  return `tel:${dial}`;
}

/**
 * The number spelt out digit by digit, so that screen readers and speech
 * synthesis say "one one one" rather than "one hundred and eleven", with a
 * pause (a comma) between the groups it is written in, which is how a number
 * is remembered and written down: "1 9 0 0, 9 6 9 6 8 0".
 */
export function spokenDigits(number: string): string {
  return number
    .split(/[\s-]+/)
    .map((group) => [...group.replace(/[^0-9+]/g, '')].join(' '))
    .filter(Boolean)
    .join(', ');
}

/** A number as printed text, with non-breaking spaces so it never wraps mid-number. */
export function displayNumber(number: string): string {
  return number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
