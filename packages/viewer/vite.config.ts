import { defineConfig } from "vite";

// The static app: app/index.html and app/main.ts, bundled into dist/app with relative asset
// paths (it runs from any folder, or from file://). Nothing is loaded from elsewhere.
export default defineConfig({
  root: "app",
  base: "./",
  publicDir: false,
  build: {
    outDir: "../dist/app",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
