import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getForm, getProcedure, listFields, listProcedures, type ProcedureQuery } from '../../api/catalog';
import { listUnits } from '../../api/units';

const PAGE = 20;

export type ProcedureFilter = Omit<ProcedureQuery, 'limit' | 'cursor'>;

/** The fields (lĩnh vực) of the catalog; they rarely change. */
export function useFields() {
  return useQuery({ queryKey: ['catalog', 'fields'], queryFn: listFields, staleTime: 60 * 60_000 });
}

/** Procedures in force matching the filter, a page at a time ("Xem thêm"). */
export function useProcedureSearch(filter: ProcedureFilter) {
  return useInfiniteQuery({
    queryKey: ['catalog', 'procedures', filter],
    queryFn: ({ pageParam }) => listProcedures({ ...filter, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useProcedure(slug: string, unit?: string) {
  return useQuery({
    queryKey: ['catalog', 'procedure', slug, unit ?? null],
    queryFn: () => getProcedure(slug, unit),
    enabled: slug !== '',
    placeholderData: unit ? keepPreviousData : undefined,
  });
}

export function useCatalogForm(slug: string, formId: string) {
  return useQuery({ queryKey: ['catalog', 'form', slug, formId], queryFn: () => getForm(slug, formId), staleTime: 10 * 60_000 });
}

/** Communes and wards of a province whose name matches what the person typed. */
export function useCommuneSearch(province: string | undefined, q: string) {
  return useQuery({
    queryKey: ['units', 'communes', province, q],
    queryFn: () => listUnits({ level: 'commune', province, limit: 50, ...(q ? { q } : {}) }),
    enabled: province !== undefined,
    placeholderData: keepPreviousData,
  });
}
