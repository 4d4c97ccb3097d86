// Bundles the member portal's form viewer (form-js 1.8.7) and its CSS into
// target/classes/static/assets/ (served as /assets/portal.js and /assets/portal.css).
// Run with `npm run build` (Maven calls it with cwd src/main/frontend).
// package.json pins preact (form-js' and ours: plainValues.js, serverCombobox.js, memberActions.js render form-js
// fields with it) and overrides accessible-autocomplete's peer preact@^8 with it: that peer is for its source
// only; its dist, which serverCombobox.js uses, carries its own copy.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve, relative } from 'node:path';
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../../../target/classes/static/assets');
mkdirSync(outDir, { recursive: true });

const analyze = process.argv.includes('--analyze');

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: here
};

// form-js-viewer does `import { isEqual } from 'lodash'`; lodash is CommonJS and cannot be
// tree-shaken, so point that one bare import at the single function. lodash finds the global
// object with a `Function('return this')()` fallback (never reached in a browser); replace it
// so the bundle contains no Function constructor at all (CSP script-src 'self').
const lodashIsEqualOnly = {
  name: 'lodash-is-equal-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]lodash[\\/]_root\.js$/ }, () => ({
      contents: 'module.exports = globalThis;',
      loader: 'js'
    }));
    build.onResolve({ filter: /^lodash$/ }, () => ({ path: 'lodash-is-equal-only', namespace: 'portal' }));
    build.onLoad({ filter: /.*/, namespace: 'portal' }, () => ({
      contents: "import isEqual from 'lodash/isEqual.js'; export { isEqual }; export default { isEqual };",
      resolveDir: here,
      loader: 'js'
    }));
  }
};

// feelers (form-js' templating language) also ships an editor, FeelersEditor, built on
// CodeMirror. The viewer imports only { evaluate, parser, buildSimpleTree } from it, but the
// editor's top-level statements (prototype assignments, a linter() call for it) keep CodeMirror and
// friends in the bundle (~400 KB minified). Cut the editor out of that one module; fail the
// build loudly if the file no longer looks as expected (versions are pinned by the lockfile).
const feelersWithoutEditor = {
  name: 'feelers-without-editor',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]feelers[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const editorStart = 'function FeelersEditor(';
      const exportLine = 'export { FeelersEditor, buildSimpleTree, evaluate, parser };';
      const linterLine = 'const feelersLinter = linter(cmFeelersLinter());';
      const count = (needle) => source.split(needle).length - 1;
      if (count(editorStart) !== 1 || count(exportLine) !== 1 || count(linterLine) !== 1 ||
          source.indexOf(editorStart) > source.indexOf(exportLine)) {
        throw new Error(`feelers-without-editor: unexpected content in ${args.path}; review build.mjs`);
      }
      // feelersLinter is only used by the editor
      const kept = source.slice(0, source.indexOf(editorStart)).replace(linterLine, '');
      const contents = `${kept}\nexport { buildSimpleTree, evaluate, parser };\n`;
      return { contents, loader: 'js' };
    });
    // What remains of the editor's imports is unused; let esbuild drop these packages
    // (they do not declare "sideEffects": false themselves).
    build.onResolve({ filter: /^(@bpmn-io\/feel-lint|@bpmn-io\/cm-theme|@lezer\/markdown)$/ }, async (args) => {
      if (args.pluginData === 'feelers-without-editor') {
        return undefined;
      }
      const result = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'feelers-without-editor'
      });
      return result.errors.length ? result : { path: result.path, sideEffects: false };
    });
  }
};

// form-js 1.8.7 has no i18n: the few English texts its components show (outside validation,
// which src/validator.js replaces) are string literals. Replace exactly these in the bundle;
// every entry must match exactly once or the build fails. Dates follow ru-RU (dd.mm.yyyy)
// instead of the browser's locale. The bpmn.io watermark/lightbox is left untouched (licence).
const FORM_JS_RU = [
  ["function getLocaleDateFormat(locale = 'default')", "function getLocaleDateFormat(locale = 'ru-RU')"],
  ['placeholder: getLocaleReadableDateFormat(),', "placeholder: 'дд.мм.гггг',"],
  ["placeholder: use24h ? 'hh:mm' : 'hh:mm ?m',", "placeholder: use24h ? 'чч:мм' : 'чч:мм ?m',"],
  ["'Date and time must both be entered.'", "'Введите и дату, и время.'"],
  ['"aria-label": "Increment"', '"aria-label": "Увеличить"'],
  ['"aria-label": "Decrement"', '"aria-label": "Уменьшить"'],
  ["placeholder: 'Search'", "placeholder: 'Поиск'"],
  ["undefined : 'Search'", "undefined : 'Поиск'"],
  ['label: "Skip to search"', 'label: "Перейти к поиску"'],
  ['title: "Remove tag"', 'title: "Удалить"'],
  ["emptyListMessage = 'No results'", "emptyListMessage = 'Ничего не найдено'"],
  ["hasOptionsLeft ? 'No results' : 'All values selected'", "hasOptionsLeft ? 'Ничего не найдено' : 'Все значения выбраны'"],
  ["evaluatedColumns.length === 0 ? 'Nothing to show.'", "evaluatedColumns.length === 0 ? 'Нет данных.'"],
  ['children: "Nothing to show."', 'children: "Нет данных."'],
  ['children: [currentPage + 1, " of ", chunkedData.length]', 'children: [currentPage + 1, " из ", chunkedData.length]'],
  ['"aria-label": "Previous page"', '"aria-label": "Предыдущая страница"'],
  ['"aria-label": "Next page"', '"aria-label": "Следующая страница"'],
  ['return `Click to sort by ${label} descending`;', 'return `Сортировать по «${label}» по убыванию`;'],
  ["return 'Click to remove sorting';", "return 'Отменить сортировку';"],
  ['return `Click to sort by ${label} ascending`;', 'return `Сортировать по «${label}» по возрастанию`;'],
  ['"aria-label": `Remove list item ${itemIndex + 1}`', '"aria-label": `Удалить запись ${itemIndex + 1}`'],
  ['" ", \'Add new\']', '" ", \'Добавить\']'],
  ['`Expand all (${values.length})`', '`Развернуть все (${values.length})`'],
  ['" ", \'Collapse\']', '" ", \'Свернуть\']'],
  ['alt: "This is an image placeholder"', 'alt: "Изображение"']
];

/** A plugin that replaces each literal exactly once in the files it matches, or fails the build. */
function replaceLiterals(name, filter, replacements) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter }, (args) => {
        let contents = readFileSync(args.path, 'utf8');
        for (const [from, to] of replacements) {
          const count = contents.split(from).length - 1;
          if (count !== 1) {
            throw new Error(`${name}: expected "${from}" once in ${args.path}, found ${count}; review build.mjs`);
          }
          contents = contents.replace(from, () => to);
        }
        return { contents, loader: 'js' };
      });
    }
  };
}

const formJsRussian = replaceLiterals('form-js-ru',
  /[\\/]node_modules[\\/]@bpmn-io[\\/]form-js-viewer[\\/]dist[\\/]index\.es\.js$/, FORM_JS_RU);

// accessible-autocomplete 3.0.1 (serverCombobox.js) takes every text it shows or says as an option, but for
// the position it reads out to VoiceOver on iPhones («1 of 5»); that one is a literal in its bundle.
const ACCESSIBLE_AUTOCOMPLETE_RU = [
  ['" of "+I.length+"</span>"', '" из "+I.length+"</span>"']
];

const accessibleAutocompleteRussian = replaceLiterals('accessible-autocomplete-ru',
  /[\\/]node_modules[\\/]accessible-autocomplete[\\/]dist[\\/]accessible-autocomplete\.min\.js$/,
  ACCESSIBLE_AUTOCOMPLETE_RU);

const js = await esbuild.build({
  ...common,
  entryPoints: [resolve(here, 'src/portal.js')],
  outfile: resolve(outDir, 'portal.js'),
  format: 'iife',
  platform: 'browser',
  target: ['es2019'],
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [lodashIsEqualOnly, feelersWithoutEditor, formJsRussian, accessibleAutocompleteRussian],
  metafile: analyze
});

// The page «Обрабатываем Ваши данные» opens the next step by itself (src/nextStep.js), without the bundle above.
await esbuild.build({
  ...common,
  entryPoints: [resolve(here, 'src/nextStep.js')],
  outfile: resolve(outDir, 'next-step.js'),
  format: 'iife',
  platform: 'browser',
  target: ['es2019']
});

// The page of a dictation attempt saves each choice as it is made (src/dictation.js), without the bundle above.
await esbuild.build({
  ...common,
  entryPoints: [resolve(here, 'src/dictation.js')],
  outfile: resolve(outDir, 'dictation.js'),
  format: 'iife',
  platform: 'browser',
  target: ['es2019']
});

await esbuild.build({
  ...common,
  stdin: {
    contents: [
      "@import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';",
      "@import 'accessible-autocomplete/dist/accessible-autocomplete.min.css';",
      "@import './portal.css';"
    ].join('\n'),
    resolveDir: resolve(here, 'src'),
    sourcefile: 'portal-entry.css',
    loader: 'css'
  },
  outfile: resolve(outDir, 'portal.css'),
  target: ['chrome80', 'firefox78', 'safari13']
});

// Any warning (e.g. an import that resolves to nothing) fails the build.
if (js.warnings.length) {
  throw new Error(`esbuild reported ${js.warnings.length} warning(s); see above`);
}

if (analyze) {
  console.log(await esbuild.analyzeMetafile(js.metafile, { verbose: false }));
}

for (const name of ['portal.js', 'portal.css']) {
  const file = resolve(outDir, name);
  const raw = statSync(file).size;
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(`${relative(here, file)}: ${(raw / 1024).toFixed(1)} KiB (gzip ${(gz / 1024).toFixed(1)} KiB)`);
}

// Cyrillic fonts for the PDF documents (org.unioncabinet.documents): DejaVu from the npm package,
// copied into target/classes/fonts/ and so into the jar, with the licence that must travel with them.
// Nothing here reads fonts installed on the machine, so every build embeds the same glyphs.
const fontsDir = resolve(here, '../../../target/classes/fonts');
const dejavu = resolve(here, 'node_modules/dejavu-fonts-ttf');
mkdirSync(fontsDir, { recursive: true });
for (const name of ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSansMono.ttf']) {
  copyFileSync(resolve(dejavu, 'ttf', name), resolve(fontsDir, name));
}
copyFileSync(resolve(dejavu, 'LICENSE'), resolve(fontsDir, 'DejaVu-LICENSE.txt'));
console.log(`${relative(here, fontsDir)}: DejaVu Serif, Serif Bold, Sans Mono`);
