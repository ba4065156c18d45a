/** What the server tells the app about this deployment (GET /app-config.json, server/src/web.ts). */
export interface AppConfig {
  provinceCode: string;
  provinceName: string;
}

export async function fetchAppConfig(): Promise<AppConfig> {
  const response = await fetch('/app-config.json', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`app-config.json: ${response.status}`);
  return (await response.json()) as AppConfig;
}
