import { useQuery } from '@tanstack/react-query';
import { listUnits } from '../../api/units';
import type { Unit } from '../../api/types';

/** The 34 provinces in force today (for filters and to name a unit's province). */
export function useProvinces() {
  return useQuery({
    queryKey: ['units', 'provinces'],
    queryFn: async (): Promise<Unit[]> => (await listUnits({ level: 'province', limit: 100 })).items,
    staleTime: Infinity,
  });
}

/** Province code → name, empty until loaded. */
export function useProvinceNames(): Map<string, string> {
  const provinces = useProvinces();
  return new Map((provinces.data ?? []).map((p) => [p.code, p.name]));
}
