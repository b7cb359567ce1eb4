import { z } from 'astro/zod';
import { localeCodes } from '../i18n/locales.ts';

const codes = localeCodes.filter((code) => code !== 'vi');

/**
 * Languages whose text on a page (a phrase card, a quoted sign) still waits
 * for a native speaker's check. /to-chuc/ lists every such page until the
 * field is removed.
 */
export const nativeReviewField = z
  .array(
    z.enum(codes as [string, ...string[]], {
      error: `nativeReview lists locale codes from the registry: ${codes.join(', ')} (e.g. nativeReview: [ko, zh]).`,
    }),
  )
  .min(1, 'nativeReview needs at least one language, or leave the field out.')
  .optional()
  .describe(
    'Languages on this page that a native speaker has not yet checked, e.g. [ko, zh]. Listed on /to-chuc/; remove the field once checked.',
  );
