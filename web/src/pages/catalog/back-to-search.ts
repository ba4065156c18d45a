import { useLocation } from 'react-router-dom';
import { paths } from '../../app/paths';

/** What a result link carries, so "back to the list" returns to the same search. */
export interface FromSearch {
  catalogSearch: string;
}

export function useFromSearch(): FromSearch {
  return { catalogSearch: useLocation().search };
}

/** The list of procedures, with the search the person came from when there was one. */
export function useBackToSearch(): string {
  const state: unknown = useLocation().state;
  if (typeof state === 'object' && state !== null && 'catalogSearch' in state) {
    const search = (state as Partial<FromSearch>).catalogSearch;
    if (typeof search === 'string' && search.startsWith('?')) return `${paths.catalog}${search}`;
  }
  return paths.catalog;
}
