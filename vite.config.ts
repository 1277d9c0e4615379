/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
} from './src/security/contentSecurityPolicy.ts';
import { firstLoadChunk } from './scripts/build/firstLoadChunk.ts';

/** Puts the policy into the built index.html, so any static server sends it with the page. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'roadboard-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const firstLoad = firstLoadChunk();
const firstLoadInWorker = firstLoadChunk('prepare.worker');

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy(), firstLoad.plugin],
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // MapLibre in a chunk of its own, so the benchmark can weigh the app's code apart from it;
    // the rest of the first load in the entry chunk.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/, priority: 2 },
            firstLoad.group,
          ],
        },
      },
    },
  },
  // The data worker's first load in its entry chunk too.
  worker: {
    format: 'es',
    plugins: () => [firstLoadInWorker.plugin],
    rolldownOptions: { output: { codeSplitting: { groups: [firstLoadInWorker.group] } } },
  },
  preview: {
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
  },
});
