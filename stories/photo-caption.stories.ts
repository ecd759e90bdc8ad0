import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/photo-caption.js';
import { fixtures } from './story-helpers.js';

const meta: Meta = {
  title: 'Elements/photo-caption',
  component: 'photo-caption',
  render: () =>
    html`<photo-caption .caption=${fixtures.seed.sections[0]!.items[2]!.caption}></photo-caption>`,
};
export default meta;
type Story = StoryObj;

/** The seed's inscription: the caption, then the quotation with its signature and source. */
export const Inscription: Story = {};

/** Plain text content, without a caption object. */
export const PlainText: Story = {
  render: () => html`<photo-caption>Nets drying on the harbour wall.</photo-caption>`,
};

/** A caption with links, people, a place, a date and a credit, resolved from registries. */
export const Full: Story = {
  render: () =>
    html`<photo-caption
      lang="en"
      document-language="en"
      .caption=${{
        title: 'The harbour at dawn',
        text: ['The first boats come in before sunrise.', 'By seven the market is full.'],
        links: [{ href: 'https://example.org/harbour', label: 'About the harbour' }],
        people: ['mina'],
        place: 'busan',
        date: '2023-09-13',
        credit: 'Photo: Mina Park',
      }}
      .people=${{ mina: { name: 'Mina Park' } }}
      .places=${{ busan: { name: 'Jagalchi Market', locality: 'Busan' } }}
    ></photo-caption>`,
};

/** A long caption and quotation with its original in another language. */
export const LongQuote: Story = {
  render: () =>
    html`<photo-caption
      style="max-width: 36rem"
      .caption=${{
        text: 'A letter kept by the harbour master, written by a fisherman who left for the north in the winter of 1953 and did not come back until the spring.',
        quote: {
          kind: 'letter',
          text: 'Keep the lamp lit at the end of the pier. We will see it from the sea.',
          original: { ko: '부두 끝의 등불을 켜 두세요. 바다에서 보일 거예요.' },
          by: { name: 'Kim Do-yun' },
          date: '1953-12',
          source: 'Letter to the harbour master',
        },
      }}
    ></photo-caption>`,
};
