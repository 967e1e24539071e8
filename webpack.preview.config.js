// The browser preview (npm start): the task pane beside a HyperFormula workbook. Separate from the add-in's
// bundle so that HyperFormula never ships to Excel. `--env outDir=…` builds elsewhere (the e2e tests do).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode ?? env.mode) !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-cheap-module-source-map",
    entry: { preview: "./src/preview/index.tsx" },
    output: {
      path: path.resolve(__dirname, env.outDir ?? "dist/preview"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      modules: [path.resolve(__dirname, "node_modules"), "node_modules"],
    },
    module: {
      rules: [
        // The core is pure (declarations only, no work at import): what a chunk does not use of it stays out
        // of that chunk, though the pane imports it through its index (sign-off and roll-up go with their tabs).
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Type checking is `npm run typecheck`'s job; here only transpile, with ES modules for tree shaking.
          options: {
            transpileOnly: true,
            compilerOptions: { module: "esnext", moduleResolution: "node" },
          },
        },
      ],
    },
    plugins: [new HtmlWebpackPlugin({ template: "./src/preview/index.html" })],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
