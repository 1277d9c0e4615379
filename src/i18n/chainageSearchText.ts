/**
 * The search box's words for a search by route and chainage (`G247 K391+400`), in both
 * languages. Loaded with the search, not in the first load.
 */
import type { Locale } from './strings.ts';

export interface ChainageSearchText {
  /** The heading of the result. */
  heading: string;
  /** What choosing the result does. */
  hint: string;
  /** Said when the chainage lies on no road of the route. */
  notFound: (label: string) => string;
  /** Said when the chainage lies outside the route's chainage (`extent`: `K385+752–K426+939`). */
  outsideRoute: (label: string, route: string, extent: string) => string;
}

export const CHAINAGE_SEARCH_TEXT: Record<Locale, ChainageSearchText> = {
  zh: {
    heading: '路线桩号',
    hint: '定位',
    notFound: (label) => `路网上找不到 ${label}。`,
    outsideRoute: (label, route, extent) => `${label} 超出路线 ${route} 的桩号范围 ${extent}。`,
  },
  en: {
    heading: 'Route and chainage',
    hint: 'Go there',
    notFound: (label) => `${label} is not on the network.`,
    outsideRoute: (label, route, extent) =>
      `${label} lies outside route ${route}'s chainage, ${extent}.`,
  },
};
