// Wires each content folder to its schema. The schemas live in src/schemas/
// so tests can check the raw files without Astro (see stack notes).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { handbookSchema } from './schemas/handbook.ts';
import { hotlineSchema } from './schemas/hotline.ts';
import { pageSchema } from './schemas/page.ts';

const handbook = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/handbook' }),
  schema: handbookSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

const hotlines = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/hotlines' }),
  schema: hotlineSchema,
});

export const collections = { handbook, pages, hotlines };
