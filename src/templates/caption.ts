import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Caption, MetadataPair, Quote } from '../core/format/types.js';
import type { TextRun } from '../core/layout/index.js';
import type { ResolvedText } from '../core/format/resolve.js';
import { safeUrl } from '../core/format/urls.js';
import { dateIn, languageAttributes, personIn, placeIn, proseIn, textIn } from './context.js';
import type { RenderContext } from './context.js';

/** A resolved string as an inline element carrying its own `lang`/`dir` when they differ from the container. */
export function inlineText(
  resolved: ResolvedText | undefined,
  context: RenderContext,
  part?: string,
) {
  if (!resolved) return nothing;
  const { lang, dir } = languageAttributes(resolved, context);
  return html`<span part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}
    >${resolved.text}</span
  >`;
}

function paragraphs(
  value: Parameters<typeof proseIn>[0],
  context: RenderContext,
  className: string,
  part?: string,
) {
  const prose = proseIn(value, context);
  if (!prose) return nothing;
  const { lang, dir } = languageAttributes(prose, context);
  return html`<div
    class=${className}
    part=${ifDefined(part)}
    lang=${ifDefined(lang)}
    dir=${ifDefined(dir)}
  >
    ${prose.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
  </div>`;
}

function dateElement(value: Caption['date'], context: RenderContext) {
  const date = dateIn(value, context);
  if (!date) return nothing;
  const { lang, dir } = languageAttributes(date, context);
  return html`<time datetime=${date.datetime} lang=${ifDefined(lang)} dir=${ifDefined(dir)}
    >${date.text}</time
  >`;
}

function quoteTemplate(quote: Quote, context: RenderContext): TemplateResult {
  const author = personIn(quote.by, context);
  const signature = textIn(quote.signature, context);
  const source = textIn(quote.source, context);
  const attribution = signature
    ? html`<span class="signature" part="signature">${inlineText(signature, context)}</span>`
    : author || quote.date
      ? html`<span class="signature" part="signature"
          >${author ? inlineText(textIn(author.name, context), context) : nothing}${author &&
          quote.date
            ? ', '
            : nothing}${dateElement(quote.date, context)}</span
        >`
      : nothing;
  return html`<blockquote class="quote" part="quote" data-kind=${ifDefined(quote.kind)}>
    ${paragraphs(quote.text, context, 'quote-text')}
    ${paragraphs(quote.original, context, 'quote-original')}
    ${attribution !== nothing || source
      ? html`<div class="quote-footer">
          ${attribution}${source
            ? html`<cite class="quote-source">${inlineText(source, context)}</cite>`
            : nothing}
        </div>`
      : nothing}
  </blockquote>`;
}

function metaTemplate(caption: Caption, context: RenderContext) {
  const people = (caption.people ?? [])
    .map((person) => personIn(person, context))
    .map((person) => (person ? textIn(person.name, context) : undefined))
    .filter((name): name is ResolvedText => name !== undefined);
  const place = placeIn(caption.place, context);
  const placeName = place ? textIn(place.name, context) : undefined;
  const placeLocality = place ? textIn(place.locality, context) : undefined;
  const entries = [
    people.length > 0
      ? html`<span class="people"
          >${people.map(
            (name, index) => html`${index > 0 ? ', ' : nothing}${inlineText(name, context)}`,
          )}</span
        >`
      : undefined,
    placeName
      ? html`<span class="place"
          >${inlineText(placeName, context)}${placeLocality
            ? html`, ${inlineText(placeLocality, context)}`
            : nothing}</span
        >`
      : undefined,
    caption.date !== undefined ? dateElement(caption.date, context) : undefined,
  ].filter((entry) => entry !== undefined && entry !== nothing);
  if (entries.length === 0) return nothing;
  return html`<p class="meta" part="meta">
    ${entries.map(
      (entry, index) =>
        html`${index > 0 ? html`<span aria-hidden="true"> · </span>` : nothing}${entry}`,
    )}
  </p>`;
}

/**
 * A caption as format.md displays it: the title, the verbatim text, links, the quote (text, original,
 * signature or author and date, source), then people, place, date and credit. All text is rendered as text.
 * The parts present, each a block: given as a list, they have no white space between them (in one template
 * each line break between two of them would be a text node, in every tile).
 */
export function captionTemplate(caption: Caption, context: RenderContext): TemplateResult[] {
  const title = textIn(caption.title, context);
  const credit = textIn(caption.credit, context);
  // Captions may come straight from a host (not through the validator): URLs are checked here too.
  const links = (caption.links ?? []).flatMap((link) => {
    const label = textIn(link.label, context);
    const href = safeUrl(link.href, 'link');
    return label && href ? [{ href, label }] : [];
  });
  const parts = [
    title
      ? html`<p class="caption-title" part="caption-title">${inlineText(title, context)}</p>`
      : nothing,
    paragraphs(caption.text, context, 'caption-text', 'text'),
    links.length > 0
      ? html`<ul class="links" part="links">
          ${links.map(
            (link) =>
              html`<li>
                <a href=${link.href} rel="noopener noreferrer"
                  >${inlineText(link.label, context)}</a
                >
              </li>`,
          )}
        </ul>`
      : nothing,
    caption.quote ? quoteTemplate(caption.quote, context) : nothing,
    metaTemplate(caption, context),
    credit ? html`<p class="credit" part="credit">${inlineText(credit, context)}</p>` : nothing,
  ];
  return parts.filter((part): part is TemplateResult => part !== nothing);
}

/** A formatted date is about this long ("14 September 1987"); formatting every date to measure it costs. */
const DATE_TEXT = 'x'.repeat(17);
/** Caption spacing as the styles set it, in lines (line-height 1.5): 0.5em, 0.25em, 0.75em. */
const HALF_EM = 1 / 3;

/**
 * A caption as runs of text, in the order and sizes `captionTemplate` (and a tile's metadata) render them:
 * what a block's height is estimated from until it is measured.
 */
export function captionRuns(
  caption: Caption | undefined,
  metadata: readonly MetadataPair[] | undefined,
  context: RenderContext,
): TextRun[] {
  const runs: TextRun[] = [];
  if (caption) {
    const title = textIn(caption.title, context);
    if (title) runs.push({ text: title.text, spacing: HALF_EM / 2 });
    for (const paragraph of proseIn(caption.text, context)?.paragraphs ?? [])
      runs.push({ text: paragraph, spacing: HALF_EM });
    if (caption.links?.length) {
      const labels = caption.links.map((link) => textIn(link.label, context)?.text ?? '');
      runs.push({ text: labels.join(' · '), spacing: HALF_EM });
    }
    if (caption.quote) {
      const quote = caption.quote;
      const quoted = [
        ...(proseIn(quote.text, context)?.paragraphs ?? []),
        ...(proseIn(quote.original, context)?.paragraphs ?? []),
      ];
      quoted.forEach((paragraph, position) =>
        runs.push({ text: paragraph, indent: 1.2, spacing: HALF_EM * (position === 0 ? 2.5 : 1) }),
      );
      const signature = textIn(quote.signature, context)?.text ?? (quote.date ? DATE_TEXT : '');
      if (signature) runs.push({ text: signature, scale: 0.9, indent: 1.2 });
    }
    const meta = [
      ...(caption.people ?? []).map(
        (person) => textIn(personIn(person, context)?.name, context)?.text ?? '',
      ),
      textIn(placeIn(caption.place, context)?.name, context)?.text ?? '',
      caption.date !== undefined ? DATE_TEXT : '',
    ].filter(Boolean);
    if (meta.length > 0) runs.push({ text: meta.join(' · '), scale: 0.875, spacing: HALF_EM });
    const credit = textIn(caption.credit, context);
    if (credit) runs.push({ text: credit.text, scale: 0.875, spacing: HALF_EM });
  }
  for (const pair of metadata ?? []) {
    const text = `${textIn(pair.label, context)?.text ?? ''}: ${textIn(pair.value, context)?.text ?? ''}`;
    runs.push({ text, scale: 0.875, spacing: HALF_EM / 2 });
  }
  return runs;
}

/**
 * The short label of a caption: its title, or else the first sentence of its text (for accessible names and
 * caption cards). Never the alt text.
 */
export function captionLabel(
  caption: Caption | undefined,
  context: RenderContext,
): ResolvedText | undefined {
  if (!caption) return undefined;
  const title = textIn(caption.title, context);
  if (title) return title;
  const prose = proseIn(caption.text, context);
  const first = prose?.paragraphs.find((paragraph) => paragraph.trim() !== '');
  if (!prose || first === undefined) return undefined;
  return { text: firstSentence(first), lang: prose.lang, dir: prose.dir };
}

export function firstSentence(text: string, maxLength = 140): string {
  const trimmed = text.trim();
  const match = /^.+?[.!?。！？؟](?=\s|$)/u.exec(trimmed);
  const sentence = match ? match[0] : trimmed;
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
