// The add-in's production build, in the shape of Microsoft's Office add-in templates: the task pane and the
// ribbon's function file, office.js from Microsoft's CDN (not bundled), assets, and dist/manifest.xml with
// the hosting URL of a central deployment (ADDIN_PUBLIC_URL) in place of https://localhost:3000/.
// The browser preview (HyperFormula) has its own config and never ships in this bundle.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const fs = require("fs");
const os = require("os");
const { manifestFor, publicUrl } = require("./scripts/manifest-url");

/** The certificate `npx office-addin-dev-certs install` makes, which Excel trusts; else webpack's own. */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  if (!fs.existsSync(file("localhost.crt"))) return "https";
  return {
    type: "https",
    options: {
      key: fs.readFileSync(file("localhost.key")),
      cert: fs.readFileSync(file("localhost.crt")),
      ca: fs.readFileSync(file("ca.crt")),
    },
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode ?? env.mode) !== "development";
  const url = publicUrl(production);
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: { keep: /^preview[\\/]/ },
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        // The core is pure (declarations only, no work at import): what a chunk does not use of it stays out
        // of that chunk, though the pane imports it through its index (sign-off and roll-up go with their tabs).
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { module: "esnext", moduleResolution: "node" },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // ES5, not bundled: it must parse in IE11 and Edge Legacy, where the bundle cannot.
          { from: "src/taskpane/old-webview.js", to: "old-webview.js" },
          // The manifest's SupportUrl: a help page hosted with the add-in.
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content.toString(), url),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      // Excel loads add-ins over https only.
      server: httpsServer(),
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
