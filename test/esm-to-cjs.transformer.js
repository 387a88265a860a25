/**
 * NestJS 12 ships as ES modules. Node 20 loads them from our CommonJS build through
 * require(esm), but Jest's module runtime cannot, so tests transpile those packages
 * to CommonJS on the fly (cached by Jest). `import.meta` has no CommonJS form, so its
 * two uses in these packages are rewritten to their CommonJS equivalents first.
 */
const ts = require('typescript');
const { createHash } = require('node:crypto');

module.exports = {
  process(source, filename) {
    const rewritten = source
      // `const require = createRequire(import.meta.url)` would shadow CommonJS's own require.
      .replace(/^\s*const require = createRequire\(import\.meta\.url\);?[ \t]*$/gm, '')
      .replace(/import\.meta\.url/g, "require('node:url').pathToFileURL(__filename).href")
      .replace(/import\.meta\.resolve\(/g, 'require.resolve(')
      .replace(/import\.meta\.dirname/g, '__dirname')
      .replace(/import\.meta\.filename/g, '__filename');
    const out = ts.transpileModule(rewritten, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, allowJs: true, esModuleInterop: true, sourceMap: false },
    });
    return { code: out.outputText };
  },
  getCacheKey(source, filename) {
    return createHash('sha256').update('esm-to-cjs-v2').update(filename).update(source).digest('hex');
  },
};
