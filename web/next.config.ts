import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // a separate build folder lets several builds run side by side (tests, development)
  distDir: process.env['NEXT_DIST_DIR'] || '.next',
};

export default config;
