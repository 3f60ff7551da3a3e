// ESLint flat config (`npm run lint`): the recommended rules; browser globals for the page code in src/,
// Node globals for the tests and the build script. The built site (../wwwroot) lies outside this folder.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['node_modules/'] },
  js.configs.recommended,
  {
    files: ['src/**/*.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.browser },
  },
  {
    files: ['test/**/*.js', 'build.mjs', 'eslint.config.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.node },
  },
];
