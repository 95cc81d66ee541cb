#!/usr/bin/env node
/**
 * Runs after `vite build`: prints the widget's size and fails the build when the
 * gzipped script is over budget, because every visitor of every customer's site
 * downloads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 50 * 1024;
const file = join(import.meta.dirname, '../dist/widget.js');
const script = readFileSync(file);
const gzipped = gzipSync(script, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(
  `widget.js: ${kb(script.length)} raw, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)})`,
);
if (gzipped > BUDGET_BYTES) {
  console.error(`widget.js is over its budget by ${kb(gzipped - BUDGET_BYTES)} gzipped`);
  process.exit(1);
}
