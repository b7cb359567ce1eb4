import { z } from 'astro/zod';
import { checkDialString } from '../lib/phone.ts';
import { serviceTypeIds, type ServiceType } from '../lib/service-types.ts';
import { localizedText } from './localized.ts';
import { neutralLocalizedText } from './neutral.ts';

const day = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Write times as HH:MM, e.g. "07:30".');

/** A phone number of a provider, validated like the hotlines. */
export const providerPhone = z
  .object({
    number: z.string().min(1).describe('As people write it, e.g. "0296 3852 000".'),
    dial: z
      .string()
      .regex(/^\+?[0-9]+$/, 'dial holds only digits, with a leading + for international numbers.'),
    kind: z.enum(['short-code', 'national', 'ordinary']).default('ordinary'),
    label: localizedText.optional().describe('What the number is for, e.g. "Reception".'),
  })
  .superRefine((phone, ctx) => {
    const problem = checkDialString({ ...phone, country: 'VN' });
    if (problem) ctx.addIssue({ code: 'custom', path: ['dial'], message: problem });
  });

/**
 * One service provider, aligned with the Open Referral Human Services Data
 * Specification (organization, service, location, phone, schedule).
 */
export const providerSchema = z
  .object({
    name: neutralLocalizedText.describe('Official Vietnamese name and its English name.'),
    organization: localizedText
      .optional()
      .describe('The parent organisation, when the provider is part of one.'),
    kind: z
      .enum(['government', 'mass-organisation', 'ngo', 'international', 'health', 'legal'])
      .describe('What kind of organisation runs it.'),
    province: z
      .string()
      .min(1)
      .describe('The province file name, e.g. "an-giang" (content/provinces/).'),
    commune: z
      .string()
      .optional()
      .describe('Commune, ward or special zone. Districts no longer exist since 1 July 2025.'),
    address: z
      .string()
      .optional()
      .describe('Street address in Vietnamese, as on the official source.'),
    phones: z.array(providerPhone).default([]),
    email: z.email('email must be a full address like name@example.org.').optional(),
    website: z
      .url({ protocol: /^https?$/, error: 'website must start with https:// or http://.' })
      .optional(),
    hours: z
      .union([
        z.literal('24/7'),
        z.array(z.object({ days: z.array(day).min(1), opens: time, closes: time })).min(1),
      ])
      .optional()
      .describe(
        '"24/7", or a list of { days: [mon, tue…], opens: "07:30", closes: "17:00" }. Leave out if unknown.',
      ),
    serviceTypes: z
      .array(z.enum(serviceTypeIds as [ServiceType, ...ServiceType[]]))
      .min(1, `List at least one service type: ${serviceTypeIds.join(', ')}.`),
    serves: z
      .object({
        genders: z
          .array(z.enum(['women', 'men']))
          .min(1)
          .default(['women', 'men']),
        children: z.boolean().default(false),
        minAge: z.number().int().min(0).optional(),
        maxAge: z.number().int().min(0).optional(),
      })
      .default({ genders: ['women', 'men'], children: false }),
    languages: z.array(z.string().min(2)).default(['vi']),
    cost: z.enum(['free', 'charged', 'unknown']).default('unknown'),
    referralRequired: z.enum(['yes', 'no', 'unknown']).default('unknown'),
    sources: z
      .array(
        z.url({
          protocol: /^https?$/,
          error: 'Each source must be a full web address starting with https:// or http://.',
        }),
      )
      .min(1, 'A provider needs at least one source address (sources: [https://…]).'),
    verified: z.coerce
      .date({ error: 'verified must be a date written as YYYY-MM-DD.' })
      .describe(
        'The date of the newest evidence: the day the provider confirmed the entry, or the date of the newest source (the 1st of the month if only the month is known). Never the day you copied it.',
      ),
    nationwide: z
      .boolean()
      .default(false)
      .describe(
        'true only when a source says it takes people from any province (e.g. a national shelter). It is then shown on every province page and referral sheet.',
      ),
    confirmed: z.coerce
      .date({ error: 'confirmed must be a date written as YYYY-MM-DD.' })
      .optional()
      .describe(
        'The day a partner phoned or visited the provider and confirmed these details (see the call sheet on /to-chuc/). Leave out until then.',
      ),
    confirmedBy: z
      .string()
      .min(2)
      .optional()
      .describe(
        'The organisation that confirmed it, e.g. "Hội LHPN tỉnh Lào Cai". Never a person’s name: this file is published.',
      ),
    status: z
      .enum(['verified', 'unverified', 'historic'])
      .describe(
        'verified: checked with the provider; unverified: from a public source only; historic: no longer runs.',
      ),
  })
  .refine((p) => (p.confirmed === undefined) === (p.confirmedBy === undefined), {
    path: ['confirmedBy'],
    message:
      'Give confirmed and confirmedBy together: the date and the organisation that confirmed it.',
  });

export type Provider = z.output<typeof providerSchema>;

/** A translation of a provider's description (the data stays in the Vietnamese file). */
export const providerTextSchema = z.object({
  description: z
    .string()
    .min(1)
    .max(200, 'Keep the description to one sentence.')
    .optional()
    .describe('One sentence about the service, in this language.'),
});
