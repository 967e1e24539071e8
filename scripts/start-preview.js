// npm start: the preview in a browser, over plain http on localhost (no certificates), with live rebuilds.
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const config = require("../webpack.preview.config.js");

const port = Number(process.env.PORT) || 3000;
const compiler = webpack(
  config(
    {},
    {
      mode: "development",
    }
  )
);
const server = new WebpackDevServer(
  {
    host: "localhost",
    port,
    hot: false,
    liveReload: true,
    open: false,
    static: false,
    client: { overlay: { warnings: false } },
  },
  compiler
);

server.start().then(
  () => console.log(`\nXem trước biểu mẫu THADS (preview): http://localhost:${port}/\n`),
  (error) => {
    console.error(`Không khởi động được máy chủ xem trước trên cổng ${port}: ${error.message}`);
    process.exit(1);
  }
);
