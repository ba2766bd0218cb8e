/** Configuration from the environment; every variable is optional. */
export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  adminPassword?: string;
  skipDemo: boolean;
  publicUrl?: string;
  smtp?: { host: string; port: number; secure: boolean; user?: string; pass?: string; from: string };
  /** Let webhooks target loopback/private addresses (tests, on-premise integrations). */
  webhookAllowPrivate: boolean;
  cookieSecure: boolean;
  logLevel: string;
}

function flag(v: string | undefined): boolean {
  return v === '1' || v === 'true' || v === 'yes';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const smtpHost = env.SMTP_HOST;
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.TRIAD_DATA_DIR ?? './data',
    adminPassword: env.TRIAD_ADMIN_PASSWORD || undefined,
    skipDemo: flag(env.TRIAD_SKIP_DEMO),
    publicUrl: env.TRIAD_PUBLIC_URL || undefined,
    smtp: smtpHost
      ? {
          host: smtpHost,
          port: Number(env.SMTP_PORT ?? 587),
          secure: flag(env.SMTP_SECURE),
          user: env.SMTP_USER || undefined,
          pass: env.SMTP_PASS || undefined,
          from: env.SMTP_FROM ?? 'Triad <no-reply@triad.local>',
        }
      : undefined,
    webhookAllowPrivate: flag(env.TRIAD_WEBHOOK_ALLOW_PRIVATE),
    cookieSecure: flag(env.TRIAD_COOKIE_SECURE),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
