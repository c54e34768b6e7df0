// html-validate over every built page (tests/build/html-valid.build.test.ts; by hand: `npx html-validate dist`).
// The aim is validity per the HTML standard, as the Nu Html Checker judges it, not style: the recommended and
// document presets, less the rules below that are advice rather than errors of the standard, plus two rules of
// our own for errors of the standard that html-validate does not check (tests/build/html-validity/rules.ts).
// A JavaScript file rather than .htmlvalidate.json so that every rule turned off carries its reason.
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  plugins: ['./tests/build/html-validity/rules.ts'],
  rules: {
    'yangguang/no-content-after-end': 'error',
    'yangguang/valid-url': 'error',
    // Advice, not validity: integrity is for files from other origins; every script and style here is our own.
    'require-sri': 'off',
    // Advice, not validity: role="region" with a name on a focusable scrolling table wrapper is the ARIA pattern axe asks for.
    'prefer-native-element': 'off',
    // Typography, not validity: non-breaking hyphens in phone numbers.
    'tel-non-breaking': 'off',
    // Advice for search results, not validity; and notice and project titles come from the export.
    'long-title': 'off',
    // Accessibility advice, not validity (axe checks landmarks in tests/e2e): a table's scroll region shares its section's name.
    'unique-landmark': 'off',
  },
});
