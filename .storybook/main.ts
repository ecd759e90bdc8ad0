import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The test fixtures are served as they are, so stories load them like a host page would.
  staticDirs: [{ from: '../test/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true },
};

export default config;
