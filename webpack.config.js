/* Builds the task pane, the ribbon commands, the local preview and the manifest into dist/.
 *
 *   npm run build                                  production build, manifest points at https://localhost:3000/
 *   npm run build -- --env url=https://host/kstt/  production build for an office's own HTTPS server
 */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { viewLoadingScript } = require('./scripts/lib/view-loading-script.cjs');

const DEV_URL = 'https://localhost:3000/';
const TASKPANE_ENTRY = './src/taskpane/index.tsx';
const TASKPANE_ENTRY_PATH = path.resolve(__dirname, TASKPANE_ENTRY);
const PANE_RUNTIME = 'pane-runtime';
/** What runs while the pane starts: its entry files, the preview's, and each view's chunk. */
const COMPILED_ON_LOAD = /^(pane-runtime|react|pane-shell|taskpane|preview|chunks\/view-[a-z]+)\.[0-9a-f]+\.js$/;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The add-in's base URL, always with a trailing slash. */
function baseUrl(env) {
  const url = (env && env.url) || DEV_URL;
  return url.endsWith('/') ? url : url + '/';
}

/**
 * Writes dist/chunk-groups.json: for every entry and every named dynamic import (`webpackChunkName`, e.g. the
 * task pane's `view-insert`), the script files that must load for it. The bundle bench adds a view's files to the
 * entry's to get what a pane opened on that view downloads first (scripts/bench/bundle.ts).
 */
class ChunkGroupsManifestPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ChunkGroupsManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ChunkGroupsManifestPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const groups = {};
          for (const [name, group] of compilation.namedChunkGroups) {
            groups[name] = group.getFiles().filter((file) => file.endsWith('.js'));
          }
          compilation.emitAsset('chunk-groups.json', new sources.RawSource(JSON.stringify(groups, null, 2)));
        },
      );
    });
  }
}

/** The view a pane opens on without a known `?view=`: DEFAULT_VIEW of src/taskpane/views/view-ids.ts
 * (test/unit/view-preload.test.ts keeps the two equal). */
const DEFAULT_VIEW_ID = 'insert';

/**
 * Chunks that no view needs to paint but its first actions do (the busy spinner, the insert path): prefetched with
 * the other views once the first view is shown (scripts/lib/view-loading-script.cjs).
 */
const PREFETCHED_AFTER_FIRST_VIEW = ['spinner', 'insert-workbook'];

/**
 * Puts the inline script of scripts/lib/view-loading-script.cjs at the top of the pane's pages (taskpane.html,
 * preview.html): it preloads the `?view=` view's chunk while the pane's own scripts download and run (without it the
 * download starts only once the shell's entry file runs), and prefetches the other views once the first is shown.
 */
class ViewLoadingPlugin {
  constructor(pages) {
    this.pages = pages;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ViewLoadingPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('ViewLoadingPlugin', (data) => {
        if (!this.pages.includes(data.outputName)) return data;
        const scriptsOf = (group) => group.getFiles().filter((file) => file.endsWith('.js'));
        const viewFiles = {};
        const laterFiles = [];
        for (const [name, group] of compilation.namedChunkGroups) {
          if (name.startsWith('view-')) viewFiles[name.slice('view-'.length)] = scriptsOf(group);
          if (PREFETCHED_AFTER_FIRST_VIEW.includes(name)) laterFiles.push(...scriptsOf(group));
        }
        const script = `<script>${viewLoadingScript(viewFiles, DEFAULT_VIEW_ID, laterFiles)}</script>`;
        // First in <head>, right after the charset: before office.js, which blocks the page until it has loaded.
        const charset = /<meta charset=[^>]*>/i.exec(data.html);
        const at = charset ? charset.index + charset[0].length : data.html.indexOf('<head>') + '<head>'.length;
        data.html = data.html.slice(0, at) + script + data.html.slice(at);
        return data;
      });
    });
  }
}

/** HTTPS for the dev server that Excel loads the add-in from (office-addin-dev-certs makes the certificates). */
async function devServerHttps() {
  const devCerts = require('office-addin-dev-certs');
  return { type: 'https', options: await devCerts.getHttpsServerOptions() };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const url = baseUrl(env);
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      // The pane and the preview share one webpack runtime, so on the preview page React and every shared module
      // load and run once.
      taskpane: { import: TASKPANE_ENTRY, runtime: PANE_RUNTIME },
      commands: './src/commands/commands.ts',
      preview: { import: './test/preview/preview.tsx', runtime: PANE_RUNTIME },
    },
    output: {
      // `--env outDir=…`: `npm run release` builds into its own folder and leaves dist/ alone.
      path: path.resolve(__dirname, env.outDir || 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
      publicPath: 'auto',
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // exceljs pulls Node built-ins into the browser chunk that parses files; none is needed there.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        // Styles are built, not computed in the pane (issue 14): @griffel/webpack-loader turns our makeStyles into
        // precomputed classes (Fluent's packages ship that way already), and Griffel's extraction loader moves the
        // CSS of both out of the scripts into one stylesheet, griffel.[hash].css, linked from the pages. The pane
        // then no longer runs Griffel's style engine nor inserts rules while it renders: ~160 ms of a cold start's
        // CPU profile at CPU 4× before, 20–70 ms (merging class names) after. Loaders run bottom-up: TypeScript
        // first; Griffel's loader still reads the TypeScript modules our styles import (view-styles.ts), hence the
        // preset.
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            GriffelCSSExtractionPlugin.loader,
            { loader: '@griffel/webpack-loader', options: { babelOptions: { presets: ['@babel/preset-typescript'] } } },
            { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
          ],
        },
        {
          test: /\.js$/,
          include: /[\\/]node_modules[\\/]@fluentui[\\/]/,
          use: GriffelCSSExtractionPlugin.loader,
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          defaultVendors: false,
          default: false,
          // React once for the pane and the preview (the preview draws its workbook with it).
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            chunks: (chunk) => chunk.name === 'taskpane' || chunk.name === 'preview',
            name: 'react',
            priority: 1,
            enforce: true,
          },
          // The shell in its own file, the entry file just index.tsx. Webpack's start-up (the views' prefetch links,
          // the first view's import) runs from the entry file's top level; where the browser records a stack for
          // each request (DevTools open, test harnesses), V8 then re-parses that whole file for source positions —
          // ~0,3 s at CPU 4× when it was the whole shell (issue 14).
          paneShell: {
            test: (module) => module.resource !== TASKPANE_ENTRY_PATH,
            chunks: (chunk) => chunk.name === 'taskpane',
            name: 'pane-shell',
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new ChunkGroupsManifestPlugin(),
      // Griffel orders its rules itself; mini-css-extract's order warnings do not apply (extraction plugin's README).
      new MiniCssExtractPlugin({ filename: '[name].[contenthash:8].css', ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new ViewLoadingPlugin(['taskpane.html', 'preview.html']),
      // V8's explicit compile hint (Chromium 136+, so Excel's WebView2 on Windows): the pane's start-up files are
      // compiled whole on a background thread while they stream in, instead of function by function on the main
      // thread as the first render calls them. Other engines read it as a comment. After minifying (which would
      // drop it), before the source maps (which then count the extra line).
      new webpack.BannerPlugin({
        banner: '//# allFunctionsCalledOnLoad',
        raw: true,
        test: COMPILED_ON_LOAD,
        stage: webpack.Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING - 1,
      }),
      // The add-in's version for the self-test report (package.json is the one source; the manifest follows it too).
      new webpack.DefinePlugin({
        __KSTT_VERSION__: JSON.stringify(require('./package.json').version),
        // Fluent's light theme as a literal (src/taskpane/theme.ts says why).
        __KSTT_LIGHT_THEME__: JSON.stringify(require('@fluentui/react-components').webLightTheme),
        __KSTT_LIGHT_THEME_INLINED__: 'true',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJs: OFFICE_JS_CDN },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJs: OFFICE_JS_CDN },
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './test/preview/preview.html',
        chunks: ['preview', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]', info: { minimized: true } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      port: 3000,
      server: serving ? await devServerHttps() : undefined,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};

module.exports.DEFAULT_VIEW_ID = DEFAULT_VIEW_ID;
