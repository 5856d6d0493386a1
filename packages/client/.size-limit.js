// Size budgets, checked by `pnpm build`. What counts is what importing an entry and making a
// plain call loads: code behind a dynamic import (the XML codec, the validation checks,
// openapi-fetch's serializers for array/object parameters, the middleware path) loads on first
// use only, so it is left out, as a bundler would split it into its own chunk.
const lazyImportsApart = {
  name: 'lazy-imports-apart',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

const withLazyImportsApart = (config) => ({
  ...config,
  plugins: [...(config.plugins ?? []), lazyImportsApart],
});

export default [
  {
    name: '@sms-contracts/client/gateway-sms',
    path: 'dist/gateway-sms.js',
    import: '{ createGatewaySmsClient }',
    limit: '5 kB',
    gzip: true,
    modifyEsbuildConfig: withLazyImportsApart,
  },
  {
    name: '@sms-contracts/client/gateway-sms createClient (the generated client of any API)',
    path: 'dist/gateway-sms.js',
    import: '{ createClient }',
    limit: '8 kB',
    gzip: true,
    modifyEsbuildConfig: withLazyImportsApart,
  },
  {
    name: '@sms-contracts/client/twosms',
    path: 'dist/twosms.js',
    import: '{ createTwoSmsClient }',
    limit: '8.5 kB',
    gzip: true,
    modifyEsbuildConfig: withLazyImportsApart,
  },
  {
    name: '@sms-contracts/client/twosms XML codec (loaded with the first XML body)',
    path: 'dist/xml/codec.js',
    import: '{ encodeXml, decodeXml }',
    limit: '26 kB',
    gzip: true,
  },
  {
    name: '@sms-contracts/client/sms-segments',
    path: 'dist/sms-segments.js',
    import: '{ countSegments }',
    limit: '1 kB',
    gzip: true,
  },
];
