// Wires each content folder to its schema. The schemas live in src/schemas/
// so tests can check the raw files without Astro (see stack notes).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { handbookSchema } from './schemas/handbook.ts';
import { lessonSchema } from './schemas/course.ts';
import { hotlineSchema } from './schemas/hotline.ts';
import { migrationSchema } from './schemas/migration.ts';
import { pageSchema } from './schemas/page.ts';

const handbook = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/handbook' }),
  schema: handbookSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

const hotlines = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/hotlines' }),
  schema: hotlineSchema,
});

const migration = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/migration' }),
  schema: migrationSchema,
});

const course = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/course' }),
  schema: lessonSchema,
});

export const collections = { handbook, pages, hotlines, migration, course };
