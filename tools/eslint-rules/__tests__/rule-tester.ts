import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';

// ESLint's RuleTester registers its cases through these hooks; point them at vitest.
RuleTester.describe = describe;
RuleTester.it = it;

export function ruleTester(): RuleTester {
  return new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' } });
}

/** Absolute file name inside the repository (the rules work on repository-relative paths). */
export function repoFile(relPath: string): string {
  return `${process.cwd()}/${relPath}`;
}
