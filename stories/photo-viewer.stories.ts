import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Item } from '../src/core/format/types.js';
import '../src/define/photo-viewer.js';
import type { PhotoViewer } from '../src/elements/photo-viewer/photo-viewer.js';
import { brokenUrl, fixtures, withStoryImages } from './story-helpers.js';

const photos = withStoryImages(fixtures.sameOriginImages).sections[0]!.items as Item[];
const cards = fixtures.seed.sections[0]!.items as Item[];

const longCaption: Item = {
  ...photos[0]!,
  id: 'long-caption',
  caption: {
    title: 'A caption longer than the screen',
    text: Array.from(
      { length: 12 },
      (_, index) =>
        `Paragraph ${index + 1}. The harbour at dusk, the boats coming in one by one while the hills ` +
        'behind the town turn from green to grey and the first lights appear along the quay.',
    ),
    quote: cards[2]!.caption!.quote,
    credit: 'Drawing: the team',
  },
  rights: { statement: 'Test images made for this project.' },
};

const brokenImage: Item = {
  id: 'gone',
  image: { src: brokenUrl('gone.jpg'), width: 1500, height: 1000, alt: 'A harbour' },
  caption: { title: 'Gone', text: 'The image fails to load; the caption stays.' },
};

interface ViewerArgs {
  items: Item[];
  index: number;
  autoplay: boolean;
  zoomIn: boolean;
}

/** Opens the viewer once the story is on the page; the button opens it again after it was closed. */
async function openViewer(canvasElement: HTMLElement, args: ViewerArgs) {
  const viewer = canvasElement.querySelector<PhotoViewer>('photo-viewer')!;
  await viewer.open(args.index);
  if (!args.zoomIn) return;
  const dialog = viewer.shadowRoot!.querySelector('dialog')!;
  for (let attempt = 0; attempt < 50 && !viewer.shadowRoot!.querySelector('.photo'); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  dialog.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
  dialog.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
}

const meta: Meta<ViewerArgs> = {
  title: 'Elements/photo-viewer',
  component: 'photo-viewer',
  // Every story opens a modal dialog: keep them off the docs page.
  tags: ['!autodocs'],
  args: { items: photos, index: 0, autoplay: false, zoomIn: false },
  render: (args) =>
    html`<button
        type="button"
        @click=${(event: Event) => openViewer((event.target as HTMLElement).parentElement!, args)}
      >
        Open the viewer
      </button>
      <photo-viewer .items=${args.items} ?autoplay=${args.autoplay} interval="3"></photo-viewer>`,
  play: ({ canvasElement, args }) => openViewer(canvasElement, args),
};
export default meta;
type Story = StoryObj<ViewerArgs>;

/** The viewer open on the first of five photos, with its caption, counter and thumbnails. */
export const OpenOnAPhoto: Story = { tags: ['!autodocs'] };

/** The same photo zoomed in twice with the + key: drag to pan, 0 or a double-click to reset. */
export const Zoomed: Story = { tags: ['!autodocs'], args: { zoomIn: true } };

/** The slideshow playing every 3 seconds (it does not start when the visitor prefers reduced motion). */
export const Playing: Story = { tags: ['!autodocs'], args: { autoplay: true } };

/** A caption longer than the screen scrolls inside its panel; the quote and rights follow it. */
export const LongCaption: Story = {
  tags: ['!autodocs'],
  args: { items: [longCaption, ...photos] },
};

/** An item without an image opens as a caption-only slide showing its words large. */
export const CaptionOnlySlide: Story = { tags: ['!autodocs'], args: { items: cards } };

/** A photo that fails to load shows "Image unavailable" in its place and keeps its caption. */
export const ImageError: Story = {
  tags: ['!autodocs'],
  args: { items: [brokenImage, ...photos] },
};
