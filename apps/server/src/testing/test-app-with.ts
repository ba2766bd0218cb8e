import type { App } from '../app.ts';
import type { Config } from '../config.ts';
import { createTestApp, type TestContext } from './test-app.ts';

/** Like `createTestApp`, with test-only routes or hooks added before the app is ready. */
export function createTestAppWith(register: (app: App) => void | Promise<void>, overrides: Partial<Config> = {}): Promise<TestContext> {
  return createTestApp(overrides, register);
}
