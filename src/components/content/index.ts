// Everything MDX authors may use, passed to <Content components={…} /> so
// content files need no import lines.
import Hotline from './Hotline.astro';

export const contentComponents = { Hotline };
