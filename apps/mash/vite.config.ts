import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  // GOV.UK Frontend's CSS ships minified, with hacks for old browsers that a second minifier rejects.
  build: { cssMinify: false },
  ssr: { external: ["better-sqlite3"] },
});
