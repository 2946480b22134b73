// Lint for hand-written code; the generated provider bindings and build outputs are excluded.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'src/*/generated/**',
      'lib/**',
      'lib-cdktn/**',
      'assets/**',
      'cdktf.out/**',
      'coverage/**',
      'node_modules/**',
      '.api-build/**',
      'docs/api/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-new': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
);
