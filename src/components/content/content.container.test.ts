// Every component MDX authors may use (src/components/content/index.ts),
// rendered with Astro's Container API as the README shows it, and with the
// mistake an author could make: each must name itself and the fix.
// Collections come from the content files through their schemas (astro:content
// is replaced here: the Container API cannot read the content layer's store).
import { readFileSync, readdirSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { localeContext } from '../../i18n/context.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { hotlineSchema } from '../../schemas/hotline.ts';

vi.mock('astro:content', () => {
  const read = (file: string): unknown => parse(readFileSync(file, 'utf8'));
  const hotlines = readdirSync('content/hotlines').map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    data: hotlineSchema.parse(read(`content/hotlines/${name}`)),
  }));
  const glossary = ['vi', 'en'].map((lang) => ({
    id: `${lang}/tu-ngu`,
    data: glossarySchema.parse(read(`content/glossary/${lang}/tu-ngu.yaml`)),
  }));
  const collections: Record<string, { id: string }[]> = { hotlines, glossary };
  return {
    getCollection: (name: string) => Promise.resolve(collections[name] ?? []),
    getEntry: (name: string, id: string) =>
      Promise.resolve(collections[name]?.find((entry) => entry.id === id)),
  };
});

const { contentComponents, mdxComponents } = await import('./index.ts');
type Name = keyof typeof contentComponents;

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

function render(
  name: Name,
  props: Record<string, unknown> = {},
  slot?: string,
  path = '/en/so-tay/',
): Promise<string> {
  return container.renderToString(contentComponents[name], {
    props,
    locals: localeContext(path),
    ...(slot === undefined ? {} : { slots: { default: slot } }),
  });
}

describe('MDX components', () => {
  it('Hotline: a call link inside a sentence, read digit by digit', async () => {
    const html = await render('Hotline', { id: 'vn-111' });
    expect(html).toMatch(/href="tel:111"/);
    // Named by its visible digits; Listen reads them one by one from data-spoken.
    expect(html).toMatch(/data-spoken="1 1 1"/);
    await expect(render('Hotline', { id: 'no-such-line' })).rejects.toThrow(
      /<Hotline>.*"no-such-line".*Use one of: .*vn-111/s,
    );
  });

  it('CallButton: a large call link named in the page’s language', async () => {
    const en = await render('CallButton', { id: 'vn-111' });
    expect(en).toMatch(/href="tel:111"/);
    expect(en).toMatch(/data-spoken="Call [^"]*1 1 1/);
    const vi = await render('CallButton', { id: 'vn-111' }, undefined, '/so-tay/');
    expect(vi).toMatch(/data-spoken="Gọi /);
    await expect(render('CallButton', { id: '' })).rejects.toThrow(/<CallButton>: give the id/);
  });

  it('HotlineList: every current number of a country, as cards', async () => {
    const html = await render('HotlineList', { country: 'KR' });
    expect(html.match(/<article/g)?.length ?? 0).toBeGreaterThan(1);
    await expect(render('HotlineList', { country: 'kr' })).rejects.toThrow(
      /<HotlineList>: give a two-letter country code in capitals/,
    );
    await expect(render('HotlineList', { country: 'ZZ' })).rejects.toThrow(/no current hotline/);
  });

  it('Callout: a passage set apart, of a known type', async () => {
    const html = await render('Callout', { type: 'warning', title: 'T' }, '<p>Body</p>');
    expect(html).toMatch(/<aside[^>]*class="callout warning/);
    expect(html).toContain('Body');
    await expect(render('Callout', { type: 'danger' }, '<p>x</p>')).rejects.toThrow(
      /<Callout type="danger">: type must be one of info, warning, safety/,
    );
  });

  it('a Markdown list item that is only a link gets a 44 px target; one with words does not', async () => {
    const item = (slot: string) =>
      container.renderToString(mdxComponents.li, {
        locals: localeContext('/so-tay/'),
        slots: { default: slot },
      });
    expect(await item('<a href="/so-tay/">Sổ tay</a>')).toMatch(
      /^<li class="link-alone"><a href="\/so-tay\/">Sổ tay<\/a><\/li>$/,
    );
    for (const words of [
      'Gọi <a href="tel:111">111</a> ngay',
      '<a href="/a/">A</a> và <a href="/b/">B</a>',
      '<strong>Chú ý</strong>',
    ]) {
      expect(await item(words)).toBe(`<li>${words}</li>`);
    }
  });

  it('Steps: one numbered list, kept a list for screen readers', async () => {
    const html = await render('Steps', {}, '<ol><li>One</li><li>Two</li></ol>');
    expect(html).toMatch(/<ol[^>]*role="list"/);
    await expect(render('Steps', {}, '<ul><li>One</li></ul>')).rejects.toThrow(/<Steps>/);
  });

  it('KeyPoints: a bulleted list under the page language’s heading', async () => {
    const html = await render('KeyPoints', {}, '<ul><li>A</li></ul>');
    expect(html).toContain(localeContext('/en/').t['handbook.keyPoints']);
    await expect(render('KeyPoints', {}, '<p>no list</p>')).rejects.toThrow(/<KeyPoints>/);
  });

  it('ServiceLink: the kind of service named in the page’s language', async () => {
    const html = await render('ServiceLink', { type: 'legal-aid' });
    expect(html).toMatch(/href="\/en\/dich-vu\/"[^>]*>Legal aid</);
    await expect(render('ServiceLink', { type: 'lawyers' })).rejects.toThrow(
      /<ServiceLink type="lawyers">: type must be one of/,
    );
  });

  it('Term: the word and its plain meaning, in the word’s language', async () => {
    const vi = localeContext('/').locale;
    const list = parseFirstTerm();
    const html = await render('Term', { id: list.id }, list.word, '/so-tay/');
    expect(html).toContain(`data-term="${list.id}"`);
    expect(html).toContain(`lang="${vi}"`);
    await expect(render('Term', { id: '' }, 'x')).rejects.toThrow(/<Term>: give the id/);
    await expect(render('Term', { id: list.id }, '')).rejects.toThrow(/the tag is empty/);
  });

  it('Lang: words in another language marked with its BCP 47 tag', async () => {
    expect(await render('Lang', { code: 'zh' }, '你好')).toMatch(/<span lang="zh-Hans">你好/);
    await expect(render('Lang', { code: 'zh-Hans' }, 'x')).rejects.toThrow(/<Lang code="zh-Hans">/);
  });

  it('RemoveSavedPages: a hidden button the script shows, and no attributes', async () => {
    const html = await render('RemoveSavedPages');
    expect(html).toMatch(/data-remove-saved[^>]*hidden/);
    await expect(render('RemoveSavedPages', { all: true })).rejects.toThrow(/takes no attributes/);
  });
});

/** The first word of the Vietnamese list, as an author would wrap it. */
function parseFirstTerm(): { id: string; word: string } {
  const data = glossarySchema.parse(parse(readFileSync('content/glossary/vi/tu-ngu.yaml', 'utf8')));
  const first = data.terms[0]!;
  return { id: first.id, word: first.term };
}

// A province with no place listed: today every province lists at least one,
// so no built page shows this; it is rendered here from made-up provinces.
describe('NoProviders', () => {
  const province = (id: string, name: string) => ({
    id,
    name,
    href: `/dich-vu/${id}/`,
    region: 'red-river-delta' as const,
    formerNames: [],
    formerList: undefined,
    searchNames: name,
    allNames: [name],
  });
  const empty = province('tinh-a', 'Tỉnh A');
  const nearby = [province('tinh-b', 'Tỉnh B'), province('tinh-c', 'Tỉnh C')];

  it('says how 111 connects the reader and links the region’s provinces that list places', async () => {
    const { default: NoProviders } = await import('../NoProviders.astro');
    const html = await container.renderToString(NoProviders, {
      props: { province: empty, nearby },
      locals: localeContext('/dich-vu/tinh-a/'),
    });
    expect(html).toMatch(/data-no-providers/);
    expect(html).toMatch(/href="tel:111"/);
    expect(html).toMatch(/href="\/dich-vu\/tinh-b\/"[^>]*>Tỉnh B</);
    expect(html).toMatch(/href="\/dich-vu\/tinh-c\/"[^>]*>Tỉnh C</);
  });

  it('names them without links on paper', async () => {
    const { default: NoProviders } = await import('../NoProviders.astro');
    const html = await container.renderToString(NoProviders, {
      props: { province: empty, nearby, paper: true },
      locals: localeContext('/dich-vu/tinh-a/ban-in/'),
    });
    expect(html).toMatch(/data-nearby[^>]*>[\s\S]*Tỉnh B[\s\S]*Tỉnh C/);
    expect(html).not.toMatch(/href="\/dich-vu\/tinh-b\/"/);
  });
});
