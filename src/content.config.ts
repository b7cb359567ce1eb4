// Wires each content folder to its schema. The schemas live in src/schemas/
// so tests and build scripts can check the raw files in plain Node, without Astro.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossarySchema } from './schemas/glossary.ts';
import { handbookSchema } from './schemas/handbook.ts';
import { lessonSchema } from './schemas/course.ts';
import { hotlineSchema } from './schemas/hotline.ts';
import { migrationSchema } from './schemas/migration.ts';
import { provinceSchema } from './schemas/province.ts';
import { providerSchema, providerTextSchema } from './schemas/provider.ts';
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

const provinces = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/provinces' }),
  schema: provinceSchema,
});

// One file per provider: its data and its Vietnamese description.
const providers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/providers' }),
  schema: providerSchema,
});

// Translations of providers' descriptions: content/providers/<language>/<slug>.mdx.
const providerText = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/providers' }),
  schema: providerTextSchema,
});

// The word list: content/glossary/<language>/tu-ngu.yaml, one file per language.
const glossary = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/glossary' }),
  schema: glossarySchema,
});

export const collections = {
  handbook,
  glossary,
  pages,
  hotlines,
  migration,
  course,
  provinces,
  providers,
  providerText,
};
