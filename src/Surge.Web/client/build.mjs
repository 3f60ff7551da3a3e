// Builds the site into ../wwwroot (cleaned first): index.html, app.js, app.css and the lazily loaded chunks.
// `node build.mjs` once; `node build.mjs --watch` rebuilds on change (reload the page).
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'wwwroot');
const examplesDir = join(here, '..', '..', '..', 'examples');
const watch = process.argv.includes('--watch');

// The shipped examples the pages start from: file name -> title shown in the pickers (in this order).
const SESSION_EXAMPLES = {
  'leg-day': 'Leg day',
  'arm-day': 'Arm day',
  'full-body': 'Full body',
  'hypertrophy-10rm-1min': 'Hypertrophy: 10RM, 1-min rests',
  'strength-5rm-3min': 'Strength: 5RM, 3-min rests',
  'woman-leg-day': 'Leg day (woman)',
  'leg-day-morning': 'Leg day in the morning',
  'leg-day-evening': 'Leg day in the evening',
  'one-arm': 'One arm (left curls)',
  'rest-control': 'Rest-control day (no exercise)',
};
const PROGRAM_EXAMPLES = {
  'program-beginner-full-body-12wk': 'Beginner full body, 12 weeks',
  'program-hypertrophy-split': 'Hypertrophy upper/lower split',
  'program-strength-block': 'Strength block',
  'program-west-arms-only': 'West 2010: arms only',
  'program-west-arms-then-legs': 'West 2010: arms then legs',
  'program-low-protein': 'Low protein (0.8 g/kg/day)',
  'program-adequate-protein': 'Adequate protein (1.6 g/kg/day)',
};

async function readExamples(names) {
  const list = [];
  for (const [id, title] of Object.entries(names)) {
    const file = join(examplesDir, `${id}.yaml`);
    const text = await readFile(file, 'utf8');
    const first = text.split('\n')[0];
    list.push({ id, title, comment: first.startsWith('#') ? first.replace(/^#\s*/, '') : '', doc: YAML.parse(text) });
  }
  return list;
}

/** `import examples from 'virtual:examples'`: the example files as objects (no YAML parser needed at start-up). */
const examplesPlugin = {
  name: 'examples',
  setup(build) {
    build.onResolve({ filter: /^virtual:examples$/ }, () => ({ path: 'examples', namespace: 'examples' }));
    build.onLoad({ filter: /.*/, namespace: 'examples' }, async () => ({
      contents: JSON.stringify({ sessions: await readExamples(SESSION_EXAMPLES), programs: await readExamples(PROGRAM_EXAMPLES) }),
      loader: 'json',
      watchDirs: [examplesDir],
    }));
  },
};

/** Writes index.html from the template with content hashes on the asset URLs (cache busting). */
const htmlPlugin = {
  name: 'html',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length) return;
      const version = async (name) => createHash('sha256').update(await readFile(join(out, name))).digest('hex').slice(0, 10);
      const template = await readFile(join(here, 'src', 'index.html'), 'utf8');
      const html = template
        .replace('app.css', `app.css?v=${await version('app.css')}`)
        .replace('app.js', `app.js?v=${await version('app.js')}`);
      await writeFile(join(out, 'index.html'), html);
    });
  },
};

async function sizes(dir) {
  const rows = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    rows.push([relative(out, path), (await stat(path)).size]);
  }
  return rows.sort();
}

const started = performance.now();
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const options = {
  entryPoints: { app: join(here, 'src', 'main.js') },
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  sourcemap: false,
  target: ['es2022'],
  outdir: out,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [examplesPlugin, htmlPlugin],
  metafile: process.argv.includes('--analyze'),
};

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log(`watching; writing ${out}`);
} else {
  const result = await esbuild.build(options);
  if (result.metafile) console.log(await esbuild.analyzeMetafile(result.metafile));
  const files = await sizes(out);
  const total = files.reduce((n, [, size]) => n + size, 0);
  for (const [name, size] of files) console.log(`  ${name.padEnd(40)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
  console.log(`built ${files.length} files, ${(total / 1024).toFixed(1)} KB, into ${relative(process.cwd(), out) || '.'} in ${Math.round(performance.now() - started)} ms`);
}
