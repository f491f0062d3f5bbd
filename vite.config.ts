/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { onetProxy } from './scripts/onet-proxy.ts'

export default defineConfig(({ mode }) => {
  // Server-side only: never exposed to the client bundle (no VITE_ prefix).
  const env = loadEnv(mode, process.cwd(), '')
  const proxy = onetProxy(env)
  return {
    plugins: [
      // The router plugin must come before react().
      tanstackRouter({
        target: 'react',
        autoCodeSplitting: true,
        routeFileIgnorePattern: String.raw`\.test\.`,
      }),
      react(),
      tailwindcss(),
    ],
    server: { proxy },
    preview: { proxy },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      restoreMocks: true,
    },
  }
})
