import { useQuery } from '@tanstack/react-query';
import { fetchAppConfig } from '../api/app-config';

/** This deployment's province (code and name), from the server. */
export function useAppConfig() {
  return useQuery({ queryKey: ['app-config'], queryFn: fetchAppConfig, staleTime: Infinity });
}
