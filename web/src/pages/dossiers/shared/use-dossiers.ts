import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getForm } from '../../../api/catalog';
import {
  agencyStats,
  getAgencySettings,
  getDossier,
  getMyRecords,
  getPrefill,
  inboxCounts,
  listAssignees,
  listInbox,
  listMyDossiers,
  lookupDossier,
  performAction,
  putAgencySettings,
  searchDossiers,
  type Dossier,
  type InboxQuery,
  type SearchQuery,
  type StatsQuery,
} from '../../../api/dossiers';
import { parseEForm } from '../../../components/eform/eform-schema';
import { useProcedure } from '../../catalog/use-catalog';
import type { AnyActionRequest } from './action-values';

const PAGE = 20;

export type InboxFilter = Omit<InboxQuery, 'limit' | 'cursor'>;
export type SearchFilter = Omit<SearchQuery, 'limit' | 'cursor'>;

export const dossierKey = (id: string) => ['dossiers', 'one', id] as const;

export function useDossier(id: string) {
  return useQuery({ queryKey: dossierKey(id), queryFn: () => getDossier(id), enabled: id !== '' });
}

/** The citizen's own dossiers, newest first, a page at a time. */
export function useMyDossiers(filter: SearchFilter = {}) {
  return useInfiniteQuery({
    queryKey: ['dossiers', 'mine', filter],
    queryFn: ({ pageParam }) => listMyDossiers({ ...filter, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The work waiting at the user's seats, soonest due first, a page at a time (cursor). */
export function useInbox(filter: InboxFilter) {
  return useInfiniteQuery({
    queryKey: ['dossiers', 'inbox', filter],
    queryFn: ({ pageParam }) => listInbox({ ...filter, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useInboxCounts() {
  return useQuery({ queryKey: ['dossiers', 'inbox-counts'], queryFn: inboxCounts });
}

/** Staff search (e.g. earlier dossiers of the same ID number). */
export function useDossierSearch(filter: SearchFilter, enabled = true) {
  return useQuery({ queryKey: ['dossiers', 'search', filter], queryFn: () => searchDossiers({ ...filter, limit: 5 }), enabled });
}

export function useAssignees(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['dossiers', 'assignees', id], queryFn: () => listAssignees(id), enabled });
}

export function useLookup(code: string, nationalId: string | undefined) {
  return useQuery({ queryKey: ['lookup', code, nationalId ?? null], queryFn: () => lookupDossier(code, nationalId), enabled: code !== '', retry: false });
}

export function useAgencyStats(query: StatsQuery | undefined) {
  return useQuery({ queryKey: ['dossiers', 'stats', query], queryFn: () => agencyStats(query!), enabled: query !== undefined, placeholderData: keepPreviousData });
}

export function useAgencySettings(agencyCode: string) {
  return useQuery({ queryKey: ['dossiers', 'settings', agencyCode], queryFn: () => getAgencySettings(agencyCode) });
}

export function useSaveAgencySettings(agencyCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (autoAssign: boolean) => putAgencySettings(agencyCode, { autoAssign }),
    onSuccess: (settings) => queryClient.setQueryData(['dossiers', 'settings', agencyCode], settings),
  });
}

export function useMyRecords(enabled = true) {
  return useQuery({ queryKey: ['me', 'records'], queryFn: getMyRecords, enabled, staleTime: 5 * 60_000 });
}

export function usePrefill(slug: string, formId: string | undefined, enabled: boolean) {
  return useQuery({ queryKey: ['prefill', slug, formId], queryFn: () => getPrefill(slug, formId!), enabled: enabled && formId !== undefined, staleTime: 5 * 60_000 });
}

/** A procedure's e-form, read into fields (in force today: a dossier's labels come from it too). */
export function useEFormLayout(slug: string, formId: string | null | undefined) {
  const form = useQuery({ queryKey: ['catalog', 'form', slug, formId], queryFn: () => getForm(slug, formId!), enabled: Boolean(formId) && slug !== '', staleTime: 10 * 60_000 });
  const layout = useMemo(() => (form.data ? parseEForm(form.data.schema, form.data.ui) : undefined), [form.data]);
  return { form, layout };
}

/**
 * One workflow action on a dossier. The answer (the dossier as it is now) replaces the
 * cached one; lists and counts are refetched. A refusal (409: someone acted first) also
 * refetches the dossier, so the buttons show what is possible now.
 */
export function useDossierAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AnyActionRequest) => performAction(id, request.action, request.body, request.key),
    onSuccess: (dossier: Dossier) => {
      queryClient.setQueryData(dossierKey(id), dossier);
      void queryClient.invalidateQueries({ queryKey: ['dossiers'], predicate: (q) => q.queryKey[1] !== 'one' });
      void queryClient.invalidateQueries({ queryKey: ['lookup'] });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: dossierKey(id) }),
  });
}

/** What a dossier page shows: the dossier, its procedure (components, findings form) and the layout of its e-form. */
export function useDossierPageData(id: string) {
  const dossier = useDossier(id);
  const slug = dossier.data?.procedure.slug ?? '';
  const procedure = useProcedure(slug);
  const { layout } = useEFormLayout(slug, dossier.data?.formId);
  return { dossier, procedure, layout };
}
