import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Caption, MetadataPair, Quote } from '../core/format/types.js';
import type { TextRun } from '../core/layout/index.js';
import type { ResolvedText } from '../core/format/resolve.js';
import { safeUrl } from '../core/format/urls.js';
import { dateIn, languageAttributes, personIn, placeIn, proseIn, textIn } from './context.js';
import type { RenderContext } from './context.js';
import { paragraphList } from './paragraph-list.js';

/*
 * Text is set as `.textContent` (a property binding) rather than as a child: a child binding is a comment
 * marker and a text node of its own, in every tile of a large exhibition. The templates a tile renders are
 * written without white space between their elements (`prettier-ignore`) for the same reason.
 */

/**
 * A resolved string as an inline element carrying its own `lang`/`dir` when they differ from the container;
 * `name`, when given, is its class and part.
 */
export function inlineText(
  resolved: ResolvedText | undefined,
  context: RenderContext,
  name?: string,
) {
  if (!resolved) return nothing;
  const { lang, dir } = languageAttributes(resolved, context);
  return html`<span
    class=${ifDefined(name)}
    part=${ifDefined(name)}
    lang=${ifDefined(lang)}
    dir=${ifDefined(dir)}
    .textContent=${resolved.text}
  ></span>`;
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
    ${paragraphList(prose.paragraphs)}
  ></div>`;
}

function dateElement(value: Caption['date'], context: RenderContext) {
  const date = dateIn(value, context);
  if (!date) return nothing;
  const { lang, dir } = languageAttributes(date, context);
  return html`<time
    datetime=${date.datetime}
    lang=${ifDefined(lang)}
    dir=${ifDefined(dir)}
    .textContent=${date.text}
  ></time>`;
}

function quoteTemplate(quote: Quote, context: RenderContext): TemplateResult {
  const author = personIn(quote.by, context);
  const signature = textIn(quote.signature, context);
  const source = textIn(quote.source, context);
  const attribution = signature
    ? inlineText(signature, context, 'signature')
    : author || quote.date
      ? html`<span class="signature" part="signature"
          >${author ? inlineText(textIn(author.name, context), context) : nothing}${author &&
          quote.date
            ? ', '
            : nothing}${dateElement(quote.date, context)}</span
        >`
      : nothing;
  const cite = source
    ? html`<cite class="quote-source">${inlineText(source, context)}</cite>`
    : nothing;
  const footer =
    attribution === nothing && !source
      ? nothing
      : html`<div class="quote-footer">${attribution}${cite}</div>`;
  const text = paragraphs(quote.text, context, 'quote-text');
  const original = paragraphs(quote.original, context, 'quote-original');
  // prettier-ignore
  return html`<blockquote class="quote" part="quote" data-kind=${ifDefined(quote.kind)}>${text}${original}${footer}</blockquote>`;
}

function metaTemplate(caption: Caption, context: RenderContext) {
  const people = (caption.people ?? [])
    .map((person) => personIn(person, context))
    .map((person) => (person ? textIn(person.name, context) : undefined))
    .filter((name): name is ResolvedText => name !== undefined);
  const place = placeIn(caption.place, context);
  const placeName = place ? textIn(place.name, context) : undefined;
  const placeLocality = place ? textIn(place.locality, context) : undefined;
  const peopleEntry =
    people.length > 0
      ? html`<span class="people"
          >${people.map(
            (name, index) => html`${index > 0 ? ', ' : nothing}${inlineText(name, context)}`,
          )}</span
        >`
      : nothing;
  const placeEntry = placeName
    ? html`<span class="place"
        >${inlineText(placeName, context)}${placeLocality
          ? html`, ${inlineText(placeLocality, context)}`
          : nothing}</span
      >`
    : nothing;
  const dateEntry = dateElement(caption.date, context);
  if (peopleEntry === nothing && placeEntry === nothing && dateEntry === nothing) return nothing;
  // The separators between the entries are the styles' (`.meta > * + *::before`).
  return html`<p class="meta" part="meta">${peopleEntry}${placeEntry}${dateEntry}</p>`;
}

/** A caption line of one string: its class and part are the same name. */
function textParagraph(
  text: ResolvedText,
  context: RenderContext,
  name: 'caption-title' | 'credit',
) {
  const { lang, dir } = languageAttributes(text, context);
  return html`<p
    class=${name}
    part=${name}
    lang=${ifDefined(lang)}
    dir=${ifDefined(dir)}
    .textContent=${text.text}
  ></p>`;
}

/**
 * A caption as format.md displays it: the title, the verbatim text, links, the quote (text, original,
 * signature or author and date, source), then people, place, date and credit, then `after` (a tile's
 * metadata and rights). All text is rendered as text.
 */
export function captionTemplate(
  caption: Caption,
  context: RenderContext,
  after: unknown = nothing,
): TemplateResult {
  const title = textIn(caption.title, context);
  const credit = textIn(caption.credit, context);
  // Captions may come straight from a host (not through the validator): URLs are checked here too.
  const links = (caption.links ?? []).flatMap((link) => {
    const label = textIn(link.label, context);
    const href = safeUrl(link.href, 'link');
    return label && href ? [{ href, label }] : [];
  });
  const text = paragraphs(caption.text, context, 'caption-text', 'text');
  const linkList =
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
      : nothing;
  const quote = caption.quote ? quoteTemplate(caption.quote, context) : nothing;
  const meta = metaTemplate(caption, context);
  const titleLine = title ? textParagraph(title, context, 'caption-title') : nothing;
  const creditLine = credit ? textParagraph(credit, context, 'credit') : nothing;
  // prettier-ignore
  return html`${titleLine}${text}${linkList}${quote}${meta}${creditLine}${after}`;
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
