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
  deepLink: boolean;
  allowDownload: boolean;
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
    deepLink: false,
    allowDownload: false,
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
        ?deep-link=${args.deepLink}
        ?allow-download=${args.allowDownload}
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

/** The theme inherits the host page's colours and font: here a dark page with a serif font. */
export const InheritTheme: Story = {
  render: () =>
    html`<div style="background:#1f2430;color:#f1ede4;font-family:Georgia,serif;padding:1rem">
      <photo-exhibit src="/fixtures/same-origin-images.json"></photo-exhibit>
    </div>`,
};

/** Restyled by a host with custom properties and ::part() rules only. */
export const Themed: Story = {
  render: () =>
    html`<style>
        .themed {
          --photo-exhibit-accent: #b3541e;
          --photo-exhibit-gap: 16px;
          --photo-exhibit-radius: 8px;
          --photo-exhibit-heading-font: 'Trebuchet MS', sans-serif;
          --photo-exhibit-caption-size: 0.875rem;
        }
        .themed::part(title) {
          text-transform: uppercase;
          letter-spacing: 0.06em;
        }
        .themed::part(caption-title) {
          color: #b3541e;
        }
        .themed::part(quote) {
          background: #fdf2e9;
          color: #4a2410;
        }
      </style>
      <photo-exhibit class="themed" src="/fixtures/same-origin-images.json"></photo-exhibit>`,
};

/** A wide (1400 px) container: more photos per row. */
export const Wide: Story = { args: { width: '1400px' } };

const longText =
  'The harbour master kept a notebook of every boat that came in late, with the weather, the catch and a line about the crew. ';

/** Long captions and a long quotation: they wrap and never overflow their column. */
export const LongCaptions: Story = {
  args: {
    src: undefined,
    exhibition: withStoryImages({
      photoExhibit: '1.0',
      title: 'Notebooks',
      language: 'en',
      rights: { statement: 'Story content.' },
      items: fixtures.sameOriginImages.sections[0]!.items.slice(0, 3).map((item, index) => ({
        ...item,
        caption: {
          title: `Notebook ${index + 1}`,
          text: [longText.repeat(3), longText.repeat(2)],
          quote: {
            kind: 'letter',
            text: longText.repeat(2),
            signature: 'The harbour master, 1961',
            source: 'Notebook',
          },
        },
      })),
    }),
  },
};

/** A thousand photos: they render in chunks without long tasks, and every caption ends up in the page. */
export const ThousandPhotos: Story = {
  args: {
    src: undefined,
    exhibition: withStoryImages({
      photoExhibit: '1.0',
      title: 'A thousand photos',
      language: 'en',
      rights: { statement: 'Story content.' },
      items: Array.from({ length: 1000 }, (_, index) => ({
        id: `photo-${index + 1}`,
        image: {
          src: 'photo.svg',
          width: [1500, 1000, 1200, 1600, 2400][index % 5],
          height: [1000, 1500, 1200, 900, 600][index % 5],
          alt: `Drawing number ${index + 1}`,
        },
        caption: { title: `Photo ${index + 1}`, text: `Caption of photo ${index + 1}.` },
      })),
    }),
  },
};

/** The multilingual exhibition in English, with its translation gaps marked by language. */
export const English: Story = {
  args: { src: undefined, exhibition: multilingual, lang: 'en', languageSwitcher: true },
};

/** No document yet: the element shows the fallback content the page put inside it. */
export const FallbackContent: Story = {
  render: () =>
    html`<photo-exhibit>
      <p>
        The exhibition <a href="/fixtures/seed.json">Online Photo Exhibition</a> will appear here.
      </p>
    </photo-exhibit>`,
};

/** A IIIF Presentation 3 manifest, converted on the fly: labels and summaries in French, the required statement shown. */
export const IiifManifest: Story = {
  name: 'IIIF manifest',
  args: { src: '/fixtures/iiif/same-origin-manifest.json', lang: 'fr' },
};

/** While the document loads: the fallback content stays and a status message says it is loading. */
export const Loading: Story = {
  tags: ['loading', '!autodocs'],
  args: { src: '/fixtures/expected-slow/exhibition.json' },
};
