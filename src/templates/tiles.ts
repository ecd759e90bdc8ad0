import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Item } from '../core/format/types.js';
import { fillTemplate } from '../core/i18n/strings.js';
import { captionLabel, captionTemplate } from './caption.js';
import { languageAttributes, textIn } from './context.js';
import type { RenderContext } from './context.js';
import { metadataTemplate } from './exhibit.js';
import { captionCardTemplate, frameTemplate } from './figure.js';
import { styleProps } from './style-props.js';

/** One item as the exhibit lays it out. */
export interface Tile {
  readonly item: Item;
  /** 0-based position in the whole exhibition. */
  readonly index: number;
  /** Width / height of its box: the image's, measured, or a caption card's 3:2. */
  readonly aspectRatio: number;
}

export interface TileOptions {
  readonly total: number;
  /** The tile that is the exhibition's single tab stop. */
  readonly tabStop: boolean;
  readonly sizes: string;
  readonly eager: boolean;
  readonly cover: boolean;
  readonly failed: boolean;
  /** Render the image's box only (see FrameOptions.deferred). */
  readonly deferImage: boolean;
}

/** The accessible name of a photo: caption title or first sentence, then "photo 4 of 18". */
export function photoName(
  item: Item,
  index: number,
  total: number,
  context: RenderContext,
): string {
  const position = fillTemplate(
    context.strings.photoPosition,
    { n: index + 1, total },
    context.locale,
  );
  const label = captionLabel(item.caption, context);
  return label ? `${label.text}, ${position}` : position;
}

/** A photo (or caption card) with its caption. The image is the button that opens the viewer. */
export function tileTemplate(
  tile: Tile,
  options: TileOptions,
  context: RenderContext,
): TemplateResult {
  const { item } = tile;
  const hasImage = item.image !== undefined || item['x-imageError'] !== undefined;
  const visual = hasImage
    ? frameTemplate(
        {
          image: item.image,
          unavailable: options.failed || item['x-imageError'] !== undefined,
          aspectRatio: tile.aspectRatio,
          sizes: options.sizes,
          eager: options.eager,
          cover: options.cover,
          deferred: options.deferImage,
          validated: true,
        },
        context,
      )
    : captionCardTemplate(captionLabel(item.caption, context), context);
  const metadata = metadataTemplate(item.metadata, context);
  const rights = itemRights(item, context);
  const after = rights === nothing ? metadata : html`${metadata}${rights}`;
  // A caption box for a caption or metadata; rights alone are print-only and make none.
  const caption = item.caption
    ? captionTemplate(item.caption, context, after)
    : metadata === nothing
      ? nothing
      : after;
  const figcaption =
    caption === nothing
      ? nothing
      : html`<figcaption class="caption" part="caption">${caption}</figcaption>`;
  const tabIndex = options.tabStop ? 0 : -1;
  const name = photoName(item, tile.index, options.total, context);
  // No white space between the elements (see caption.ts): a text node in every tile.
  // prettier-ignore
  return html`<figure class="tile" part="tile" data-index=${tile.index} data-id=${item.id}><button type="button" class="open" part="open" tabindex=${tabIndex} aria-label=${name}>${visual}</button>${figcaption}</figure>`;
}

/** The item's own rights statement: shown in print and in the viewer. */
function itemRights(item: Item, context: RenderContext) {
  const statement = textIn(item.rights?.statement, context);
  if (!statement) return nothing;
  const { lang, dir } = languageAttributes(statement, context);
  return html`<p
    class="item-rights print-only"
    lang=${ifDefined(lang)}
    dir=${ifDefined(dir)}
    .textContent=${statement.text}
  ></p>`;
}

/** Justified rows: each tile grows in proportion to its width in the computed layout. */
export function rowTemplate(
  tiles: readonly TemplateResult[],
  widths: readonly number[],
  layoutWidth: number,
): TemplateResult {
  const filled = widths.reduce((sum, width) => sum + width, 0);
  // A row narrower than the layout (a capped "full" item or panorama) keeps its width and is centred.
  const partial = filled < layoutWidth * 0.98;
  const cell = (tile: TemplateResult, position: number) => {
    const style = styleProps({
      'flex-grow': widths[position] ?? 1,
      'max-width': partial
        ? `${(((widths[position] ?? 0) / layoutWidth) * 100).toFixed(4)}%`
        : undefined,
    });
    // prettier-ignore
    return html`<div class="cell" ${style}>${tile}</div>`;
  };
  // prettier-ignore
  return html`<div class="row ${partial ? 'partial' : ''}">${tiles.map(cell)}</div>`;
}
