import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/peers/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['apps/cli/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts', '**/*spec.ts'], rules: { 'no-console': 'off' } },
  // A finding is part of the record: a call that returns findings and whose result is thrown
  // away would record the act as if the rule had been met. (requireRule returns nothing.)
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['checkRule', 'flagLate'].flatMap((fn) =>
          [
            `ExpressionStatement > CallExpression[callee.name='${fn}']`,
            `ExpressionStatement > :matches(LogicalExpression, ConditionalExpression, SequenceExpression) > CallExpression[callee.name='${fn}']`,
            `UnaryExpression[operator='void'] > CallExpression[callee.name='${fn}']`,
          ].map((selector) => ({ selector, message: `The findings ${fn}() returns must be recorded on the event; use requireRule for a rule that only blocks.` })),
        ),
      ],
    },
  },
  // Production code stays small enough to read in one sitting. Tests and fixtures are exempt: a
  // table of cases reads better long than split.
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*spec.ts', '**/testing/**'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  // The demo scripts are data: one long list of acts in the order they happened.
  { files: ['libs/domain/src/demo/*.script.ts'], rules: { 'max-lines-per-function': 'off' } },
);
