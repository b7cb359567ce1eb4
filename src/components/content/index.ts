// Everything MDX authors may use, passed to <Content components={…} /> so
// content files need no import lines.
import Hotline from './Hotline.astro';
import HotlineList from './HotlineList.astro';

export const contentComponents = { Hotline, HotlineList };
