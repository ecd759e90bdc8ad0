import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/photo-exhibit.js';
import { brokenUrl, fixtures, withStoryImages } from './story-helpers.js';

interface ExhibitArgs {
  src?: string;
  /** A document object instead of src (the exhibition property). */
  exhibition?: unknown;
  layout: 'justified' | 'grid' | 'columns' | 'story' | 'slideshow';
  lang?: string;
  theme: 'inherit' | 'light' | 'dark' | 'auto';
  rowHeight?: number;
  headingLevel: number;
  toc: boolean;
  languageSwitcher: boolean;
  debug: boolean;
  width?: string;
}

const meta: Meta<ExhibitArgs> = {
  title: 'Elements/photo-exhibit',
  component: 'photo-exhibit',
  args: {
    src: '/fixtures/same-origin-images.json',
    layout: 'justified',
    theme: 'inherit',
    headingLevel: 2,
    toc: false,
    languageSwitcher: false,
    debug: false,
  },
  argTypes: {
    layout: { control: 'select', options: ['justified', 'grid', 'columns', 'story', 'slideshow'] },
    theme: { control: 'select', options: ['inherit', 'light', 'dark', 'auto'] },
    lang: { control: 'select', options: [undefined, 'en', 'ko', 'ru', 'ar'] },
    rowHeight: { control: { type: 'number', min: 80, max: 480, step: 20 } },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
  },
  render: (args) =>
    html`<div style=${`max-width: ${args.width ?? '100%'}`}>
      <photo-exhibit
        src=${ifDefined(args.src)}
        .exhibition=${args.exhibition}
        layout=${args.layout}
        lang=${ifDefined(args.lang)}
        theme=${args.theme}
        row-height=${ifDefined(args.rowHeight)}
        heading-level=${args.headingLevel}
        ?toc=${args.toc}
        ?language-switcher=${args.languageSwitcher}
        ?debug=${args.debug}
      ></photo-exhibit>
    </div>`,
};
export default meta;
type Story = StoryObj<ExhibitArgs>;

/** The seed exhibition: its images are missing, so every item is a caption card; item 3 holds the inscription. */
export const Seed: Story = { args: { src: '/fixtures/seed.json', toc: true } };

/** An exhibition with images, in the default justified rows. */
export const Justified: Story = {};

/** Uniform cells, each image cropped around its focus point. */
export const Grid: Story = { args: { layout: 'grid' } };

/** Items flow down each column in order; the columns end level without cropping. */
export const Columns: Story = { args: { layout: 'columns' } };

/** One item per screen-height block, the image beside its text on wide elements. */
export const StoryLayout: Story = { name: 'Story', args: { layout: 'story' } };

/** One item at a time, with previous and next buttons and a counter. */
export const Slideshow: Story = { args: { layout: 'slideshow' } };

/** A multilingual exhibition in Korean, with the language switcher and table of contents. */
const multilingual = withStoryImages(fixtures.multilingual);

export const Korean: Story = {
  args: { src: undefined, exhibition: multilingual, lang: 'ko', languageSwitcher: true, toc: true },
};

/** The same exhibition in Russian. */
export const Russian: Story = {
  args: { src: undefined, exhibition: multilingual, lang: 'ru', languageSwitcher: true },
};

/** The same exhibition in Arabic: right to left, rows flow from the right. */
export const ArabicRightToLeft: Story = {
  name: 'Arabic (right to left)',
  args: { src: undefined, exhibition: multilingual, lang: 'ar', languageSwitcher: true },
};

/** The dark theme brings its own palette. */
export const DarkTheme: Story = { args: { theme: 'dark' } };

/** In a 320 px wide container: one photo per row. */
export const Narrow: Story = { args: { width: '320px' } };

/** With debug on, the validator's warnings are listed for curators. */
export const DebugWarnings: Story = {
  args: { src: undefined, exhibition: withStoryImages(fixtures.itemsOnly), debug: true },
};

/** The server answered 404: the error says so and offers Retry. */
export const NetworkError: Story = { args: { src: brokenUrl('missing.json') } };

/** The document is not JSON: the error says where (line and column). */
export const ParseError: Story = { args: { src: '/fixtures/not-json.txt' } };

/** The document cannot be shown: its problems are listed with their paths. */
export const InvalidDocument: Story = { args: { src: '/fixtures/future-major.json' } };
