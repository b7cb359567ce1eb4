// The search page's own UI on Pagefind's JavaScript API: folds the query the
// way the index was folded, narrows by section, and announces the count.
import { routes } from '../lib/routes.ts';
import { foldQuery } from '../lib/fold.ts';
import { rankResults } from '../lib/search-rank.ts';
import { sections } from '../lib/sections.ts';
import {
  isBackNavigation,
  keepSearchToComeBackTo,
  takeHandedOverQuery,
  takeSearchToComeBackTo,
  type SearchState,
} from './search-handover.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{
    url: string;
    excerpt: string;
    meta: { title?: string; phone?: string; dial?: string; places?: string; last?: string };
    filters: Record<string, string[]>;
  }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (
    q: string | null,
    o: { filters?: Record<string, string> },
    ms: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
  search: (
    q: string,
    o: { filters?: Record<string, string | { any: string[] }> },
  ) => Promise<{ results: PagefindResult[] }>;
}

interface Messages {
  searching: string;
  one: string;
  other: string;
  none: string;
  unavailable: string;
  sections: Record<string, string>;
}

/**
 * Pagefind's excerpt as DOM nodes: text with <mark> around the matches.
 * Built as nodes rather than parsed as HTML, so nothing in a page's text
 * can ever become markup here, whatever Pagefind escapes.
 */
function excerptNodes(excerpt: string): Node[] {
  const text = (html: string) =>
    html
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(text(part));
    const mark = document.createElement('mark');
    mark.textContent = text(marked[1]!);
    return mark;
  });
}

/** The Pagefind filters the form can set: data-pagefind-filter names on our pages. */
const filterNames = ['section', 'province', 'type'];

/** The sections that explain things, as opposed to the directory's single places. */
const explainingSections = sections.filter((s) => s !== 'directory');

/** Runs the search page: reads the words and filters, asks Pagefind, writes the results. */
export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const heading = document.querySelector<HTMLElement>('#results-heading');

  if (form && status && list && heading) {
    const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
    const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    const plural = new Intl.PluralRules(document.documentElement.lang);
    let pagefind: Promise<Pagefind> | undefined;

    const load = () => {
      // The path is built at run time so the bundler leaves Pagefind's own file alone.
      const url = routes.pagefind;
      pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
        await pf.options({ excerptLength: 24 });
        await pf.init();
        return pf;
      });
      return pagefind;
    };

    /** The form's filters as Pagefind filters, and as the words the count line shows. */
    const chosenFilters = () => {
      const data = new FormData(form);
      const filters: Record<string, string> = {};
      const labels: string[] = [];
      for (const name of filterNames) {
        const value = data.get(name);
        if (typeof value !== 'string' || !value) continue;
        filters[name] = value;
        const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
        labels.push(
          select ? (select.selectedOptions[0]?.text ?? value) : (messages.sections[value] ?? value),
        );
      }
      return { filters, labels };
    };

    // A screen reader hears the status only when it changes, and only once a
    // search has settled: never "searching" on each keystroke.
    const say = (text: string) => {
      if (status.textContent !== text) status.textContent = text;
    };

    const render = async ({ announceSearching = false } = {}) => {
      const query = foldQuery(input.value);
      const { filters, labels } = chosenFilters();
      // With no words, a chosen filter browses everything in it (e.g. all legal aid in a province).
      if (!query && Object.keys(filters).length === 0) {
        say('');
        list.replaceChildren();
        return;
      }
      // Only an explicit search says "searching": on one bar of signal the index can take a while.
      if (announceSearching) say(messages.searching);
      try {
        const pf = await load();
        const search = await pf.debouncedSearch(query || null, { filters }, 300);
        if (!search) return; // A newer query replaced this one.
        // A question about a kind of help ("tro giup phap ly") can match more single places than
        // the first twenty results hold: there is a legal aid centre in almost every province.
        // The pages that explain it are also looked for on their own, so rankResults can put them
        // first however many places the directory lists.
        const first = search.results.slice(0, 20);
        const explaining =
          query && Object.keys(filters).length === 0
            ? (
                await pf.search(query, {
                  filters: { section: { any: explainingSections } },
                })
              ).results.slice(0, 5)
            : [];
        if (foldQuery(input.value) !== query) return; // A newer query replaced this one.
        const extra = explaining.filter((r) => !first.some((f) => f.id === r.id));
        const data = await Promise.all([...first, ...extra].map((r) => r.data()));
        list.replaceChildren(...rankResults(data, query).map(resultItem));
        const count = search.results.length;
        // "Tìm thấy 12 kết quả · Sổ tay": the filters folded away still show in the count line.
        say(
          count === 0
            ? messages.none
            : [
                (plural.select(count) === 'one' ? messages.one : messages.other).replace(
                  '{count}',
                  new Intl.NumberFormat(document.documentElement.lang).format(count),
                ),
                ...labels,
              ].join(' · '),
        );
      } catch {
        say(messages.unavailable);
      }
    };

    const resultItem = (result: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      item.append(link);
      const section = result.filters.section?.[0];
      if (section && messages.sections[section]) {
        const label = document.createElement('span');
        label.className = 'section';
        label.textContent = messages.sections[section];
        item.append(label);
      }
      // A provider's phone is callable straight from the list.
      if (result.meta.dial && result.meta.phone) {
        const call = document.createElement('a');
        call.className = 'call';
        call.href = `tel:${result.meta.dial}`;
        call.textContent = result.meta.phone;
        item.append(document.createElement('br'), call);
      }
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(result.excerpt));
      item.append(excerpt);
      return item;
    };

    /** Puts a search's words and filters into the form. */
    const fill = (state: SearchState) => {
      input.value = state.q;
      const radio = form.querySelector<HTMLInputElement>(
        `input[name="section"][value="${CSS.escape(state.section)}"]`,
      );
      if (radio) radio.checked = true;
      for (const name of ['province', 'type'] as const) {
        const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
        if (select) select.value = state[name];
      }
    };

    const params = new URLSearchParams(location.search);
    const fromAddress: SearchState = {
      q: params.get('q') ?? '',
      section: params.get('section') ?? '',
      province: params.get('province') ?? '',
      type: params.get('type') ?? '',
    };
    // The header search box hands its words over in this tab's session storage,
    // not in the address; read them once and forget them. Coming Back from a
    // result brings back the search the reader left (kept for that trip only).
    const handedOver = takeHandedOverQuery();
    const cameBack = takeSearchToComeBackTo(isBackNavigation());
    if (cameBack) fill(cameBack);
    else fill({ ...fromAddress, q: handedOver ?? fromAddress.q });
    // Never keep the words in the address: it is what the phone's history and
    // tab switcher show. The query arrives in the URL (forms without JavaScript
    // need it) and leaves it once read; searching never writes it back.
    if (location.search) history.replaceState(null, '', location.pathname);

    // Opening a result keeps this search for the trip back, and only that.
    list.addEventListener('click', (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('a[href]:not(.call)')) return;
      const data = new FormData(form);
      const value = (name: string) => {
        const v = data.get(name);
        return typeof v === 'string' ? v : '';
      };
      keepSearchToComeBackTo({
        q: input.value,
        section: value('section'),
        province: value('province'),
        type: value('type'),
      });
    });

    // After an explicit search (Enter or the button) the keyboard closes and
    // focus goes to the results, so the reader is not left under the keyboard.
    const showResults = () => {
      input.blur();
      heading.focus();
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void render({ announceSearching: true }).then(showResults);
    });
    input.addEventListener('input', () => void render());
    form.addEventListener('change', (event) => {
      if (event.target !== input) void render();
    });
    // A search that arrives with the page (from the header box, a link or Back)
    // moves focus to its results once, so the reader does not start at the top.
    const arrivedWithSearch = Boolean(input.value) || Object.values(fromAddress).some(Boolean);
    void render({ announceSearching: arrivedWithSearch }).then(() => {
      if (arrivedWithSearch) heading.focus();
    });
  }
}
