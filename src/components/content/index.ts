// Everything MDX authors may use, passed to <Content components={…} /> so
// content files need no import lines. Each checks its props and names itself
// in any error.
import CallButton from '../CallButton.astro';
import Callout from './Callout.astro';
import Hotline from './Hotline.astro';
import HotlineList from './HotlineList.astro';
import Lang from './Lang.astro';
import ListItem from './ListItem.astro';
import KeyPoints from './KeyPointsBlock.astro';
import RemoveSavedPages from './RemoveSavedPages.astro';
import ServiceLink from './ServiceLink.astro';
import Steps from './Steps.astro';
import Term from './Term.astro';

export const contentComponents = {
  CallButton,
  Callout,
  Hotline,
  HotlineList,
  KeyPoints,
  Lang,
  RemoveSavedPages,
  ServiceLink,
  Steps,
  Term,
};

/**
 * What pages pass to <Content components={…} />: the components above, and
 * Markdown's own list items, so an item that is only a link gets a 44 px target.
 * (Authors write list items in Markdown; they never name ListItem.)
 */
export const mdxComponents = { ...contentComponents, li: ListItem };
