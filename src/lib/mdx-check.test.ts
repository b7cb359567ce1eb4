import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedComponents, checkMdx, isAllowedLink } from './mdx-check.ts';

const front = '---\ntitle: A\n---\n\n';
const lines = (text: string, profile?: 'page' | 'provider') =>
  checkMdx(front + text, profile).map((p) => `${p.line}: ${p.message}`);

describe('the MDX allow-list', () => {
  it('passes ordinary content: Markdown, known components with string props, safe links', () => {
    const good = [
      '## Heading',
      '',
      'Gọi <Hotline id="vn-111" /> hoặc xem [đường dây nóng](/duong-day-nong/) và [mục](#a).',
      '',
      '- [Bộ](https://chinhphu.vn/) **đậm**, [gọi](tel:+84111), [thư](mailto:a@b.vn)',
      '',
      '<HotlineList country="vn" />',
      '',
      '<Callout type="warning" title="Chú ý">',
      '',
      'Văn bản ![ảnh](/images/a.png).',
      '',
      '</Callout>',
      '',
      'Dấu ngoặc viết là \\{ và &lt;.',
    ].join('\n');
    expect(lines(good)).toEqual([]);
  });

  it('refuses code, raw HTML, unknown components and props, unsafe links and remote images, all at once with their lines', () => {
    const bad = [
      'export const pwn = globalThis.process.getBuiltinModule("node:fs")', // 5
      '',
      'import X from "./x.ts"', // 7
      '',
      'Tổng {1 + 1} và <b>đậm</b>.', // 9
      '',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/" />', // 11
      '',
      '<Script id="x" /> <Hotline id={"vn-111"} /> <Hotline href="x" /> <Hotline {...p} />', // 13
      '',
      '[bấm](javascript:alert(1)) [cũ](http://a.vn/) [xa](//evil.example/)', // 15
      '',
      '![x](https://tracker.example/p.gif)', // 17
      '',
      '[ref]: data:text/html,hi', // 19
      '',
      '{/* a comment is code too */}', // 21
    ].join('\n');
    const found = lines(bad);
    expect(found.map((l) => Number(l.split(':')[0]))).toEqual([
      5, 7, 9, 9, 11, 13, 13, 13, 13, 15, 15, 15, 17, 19, 21,
    ]);
    expect(found[0]).toMatch(/program code.*Remove it/);
    expect(found[2]).toMatch(/"\{1 \+ 1\}" is program code/);
    expect(found[3]).toMatch(/raw HTML <b>/);
    expect(found[5]).toMatch(/<Script> is not a component.*Use one of: CallButton/);
    expect(found[6]).toMatch(/write the value as text in quotes/);
    expect(found[7]).toMatch(/takes id="…", not "href"/);
    expect(found[9]).toMatch(/"javascript:alert\(1\)" is not allowed.*https:\/\//);
    expect(found[12]).toMatch(/image .* another site.*public\//);
  });

  it('reports text MDX cannot parse with its line and how to write it', () => {
    const [problem] = checkMdx(`${front}Một\n\nGiá < 5 và <https://a.vn>.\n`);
    expect(problem?.line).toBe(7);
    expect(problem?.message).toMatch(/&lt;/);
  });

  it('allows only paragraphs and <Hotline> in a provider description', () => {
    expect(lines('Đoạn một, **miễn phí**.\n\nGọi <Hotline id="vn-111" />.', 'provider')).toEqual(
      [],
    );
    const found = lines(
      '## Tiêu đề\n\n[web](https://a.vn/) <HotlineList country="vn" />\n\n- mục',
      'provider',
    );
    expect(found).toEqual([
      expect.stringMatching(/^5: .*remove the Markdown heading/),
      expect.stringMatching(/^7: .*remove the link .*sources/),
      expect.stringMatching(/^7: <HotlineList> is not a component allowed in a provider/),
      expect.stringMatching(/^9: .*remove the Markdown list/),
    ]);
  });

  it('knows links', () => {
    expect(
      ['https://a.vn/', 'tel:+84111', 'tel:111', 'mailto:a@b.vn', '/x/', '#a'].every(isAllowedLink),
    ).toBe(true);
    expect(
      ['http://a.vn/', '//a.vn', '/\\a.vn', 'javascript:x', 'data:x', 'x/y', 'HTTPS:'].some(
        isAllowedLink,
      ),
    ).toBe(false);
  });

  it('lists exactly the components src/components/content/index.ts gives MDX', () => {
    const index = readFileSync('src/components/content/index.ts', 'utf8');
    const block = /contentComponents = \{([^}]*)\}/.exec(index)?.[1] ?? '';
    const names = block
      .split(/[\s,]+/)
      .filter(Boolean)
      .sort();
    expect(Object.keys(allowedComponents).sort()).toEqual(names);
  });
});

describe('revealing links', () => {
  it('refuses a link whose address would reveal what was read, with its line and the fix', () => {
    const found = lines(
      'Xem [bài](https://x.vn/mua-ban-nguoi/) và [luật](https://chinhphu.vn/1).\n',
    );
    expect(found).toEqual([
      expect.stringMatching(/^5: the link https:\/\/x\.vn\/mua-ban-nguoi\/ .*sources/),
    ]);
  });
});
