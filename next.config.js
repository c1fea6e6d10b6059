import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Cross-origin isolation lets the training worker use WebAssembly threads (SharedArrayBuffer). Every
// resource we serve is same-origin, so isolating every page costs nothing.
const isolation = [
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm run dev` builds into its own folder so it never clobbers the production build `npm start` serves.
  distDir: process.env.UNROLLED_DEV === '1' ? '.next-dev' : '.next',
  poweredByHeader: false,
  // The custom server (server/) is ours; Next.js only renders pages.
  eslint: { ignoreDuringBuilds: true },
  // Types are checked once by `npm run typecheck` (part of `npm test`), not again in every build.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: '/:path*', headers: isolation }];
  },
};

export default withNextIntl(nextConfig);
