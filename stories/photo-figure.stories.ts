import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/photo-figure.js';
import { brokenUrl, fixtures, withStoryImages } from './story-helpers.js';

const items = withStoryImages(fixtures.sameOriginImages).sections[0]!.items;

const meta: Meta = {
  title: 'Elements/photo-figure',
  component: 'photo-figure',
  render: () => html`<photo-figure style="max-width: 480px" .item=${items[0]}></photo-figure>`,
};
export default meta;
type Story = StoryObj;

/** A photo with its caption, from an item object. */
export const WithCaption: Story = {};

/** A photo from attributes alone: src, width, height and alt. */
export const FromAttributes: Story = {
  render: () =>
    html`<photo-figure
      style="max-width: 320px"
      src="/fixtures/img/tower-2x3.svg"
      width="1000"
      height="1500"
      alt="A tall view of a pale sky over dark ground"
    ></photo-figure>`,
};

/** An image that fails to load: the box keeps its size and says "Image unavailable". */
export const ImageUnavailable: Story = {
  render: () =>
    html`<photo-figure
      style="max-width: 480px"
      .item=${{
        id: 'gone',
        image: { src: brokenUrl('gone.jpg'), width: 1500, height: 1000, alt: 'A harbour' },
        caption: { text: 'The caption stays.' },
      }}
    ></photo-figure>`,
};

/** An item without an image: a caption card in its place. */
export const CaptionCard: Story = {
  render: () =>
    html`<photo-figure
      style="max-width: 480px"
      .item=${fixtures.seed.sections[0]!.items[1]}
    ></photo-figure>`,
};
