import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import type { Exhibition, MetadataPair, Problem, Section } from '../core/format/types.js';
import { safeUrl } from '../core/format/urls.js';
import { fillTemplate } from '../core/i18n/strings.js';
import type { UiStrings } from '../core/i18n/strings.js';
import { inlineText } from './caption.js';
import { dateIn, languageAttributes, proseIn, textIn } from './context.js';
import type { RenderContext } from './context.js';

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading at a level clamped to 1-6 (the exhibit's `heading-level`, or one below for sections). */
export function heading(
  level: number,
  content: unknown,
  attributes: { id?: string; part: string; lang?: string; dir?: string; tabindex?: number },
) {
  const tag = headingTags[Math.min(6, Math.max(1, Math.round(level))) - 1] ?? headingTags[1];
  return staticHtml`<${tag} id=${ifDefined(attributes.id)} part=${attributes.part} lang=${ifDefined(
    attributes.lang,
  )} dir=${ifDefined(attributes.dir)} tabindex=${ifDefined(attributes.tabindex)}>${content}</${tag}>`;
}

export function prose(
  value: Parameters<typeof proseIn>[0],
  context: RenderContext,
  part: string,
): TemplateResult | typeof nothing {
  const resolved = proseIn(value, context);
  if (!resolved) return nothing;
  const { lang, dir } = languageAttributes(resolved, context);
  return html`<div class="prose" part=${part} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
    ${resolved.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
  </div>`;
}

export function dateLine(
  value: Parameters<typeof dateIn>[0],
  context: RenderContext,
  part: string,
) {
  const date = dateIn(value, context);
  if (!date) return nothing;
  const { lang, dir } = languageAttributes(date, context);
  return html`<p class="date" part=${part}>
    <time datetime=${date.datetime} lang=${ifDefined(lang)} dir=${ifDefined(dir)}
      >${date.text}</time
    >
  </p>`;
}

export function headerTemplate(
  exhibition: Exhibition,
  context: RenderContext,
  options: {
    headingLevel: number;
    titleId: string;
    languageSwitcher: TemplateResult | typeof nothing;
  },
) {
  const title = textIn(exhibition.title, context);
  const subtitle = textIn(exhibition.subtitle, context);
  const occasion = textIn(exhibition.occasion?.title, context);
  const titleLanguage = title ? languageAttributes(title, context) : {};
  return html`<header class="header" part="header">
    ${options.languageSwitcher}
    ${title
      ? heading(options.headingLevel, title.text, {
          id: options.titleId,
          part: 'title',
          ...titleLanguage,
        })
      : nothing}
    ${subtitle
      ? html`<p class="subtitle" part="subtitle">${inlineText(subtitle, context)}</p>`
      : nothing}
    ${occasion
      ? html`<p class="occasion" part="occasion">${inlineText(occasion, context)}</p>`
      : nothing}
    ${dateLine(exhibition.date ?? exhibition.occasion?.date, context, 'dates')}
  </header>`;
}

export function sectionHeaderTemplate(
  section: Section,
  context: RenderContext,
  options: { headingLevel: number; titleId: string },
) {
  const title = textIn(section.title, context);
  return html`${title
    ? heading(options.headingLevel + 1, title.text, {
        id: options.titleId,
        part: 'section-title',
        tabindex: -1,
        ...languageAttributes(title, context),
      })
    : nothing}
  ${dateLine(section.date, context, 'section-date')}
  ${prose(section.intro, context, 'section-intro')} ${metadataTemplate(section.metadata, context)}`;
}

export function metadataTemplate(
  pairs: readonly MetadataPair[] | undefined,
  context: RenderContext,
) {
  const rows = (pairs ?? []).flatMap((pair) => {
    const label = textIn(pair.label, context);
    const value = textIn(pair.value, context);
    return label && value ? [{ label, value }] : [];
  });
  if (rows.length === 0) return nothing;
  // Without white space between the elements: a tile's metadata is rendered in every tile that has it.
  const row = ({ label, value }: (typeof rows)[number]) => {
    const term = inlineText(label, context);
    const description = inlineText(value, context);
    // prettier-ignore
    return html`<div class="metadata-row"><dt>${term}</dt><dd>${description}</dd></div>`;
  };
  // prettier-ignore
  return html`<dl class="metadata" part="metadata">${rows.map(row)}</dl>`;
}

function link(href: string | undefined, content: unknown) {
  const url = safeUrl(href, 'link');
  return url ? html`<a href=${url} rel="noopener noreferrer">${content}</a>` : content;
}

/** Credits, provider, rights and metadata at the end of the exhibition. */
export function footerTemplate(
  exhibition: Exhibition,
  context: RenderContext,
  headingLevel: number,
) {
  const { strings } = context;
  const credits = (exhibition.credits ?? []).flatMap((credit) => {
    const role = textIn(credit.role, context);
    const name = textIn(credit.name, context);
    return role && name ? [{ role, name, url: credit.url }] : [];
  });
  const providers = (exhibition.provider ?? []).flatMap((provider) => {
    const name = textIn(provider.name, context);
    return name ? [{ name, url: provider.url, logo: safeUrl(provider.logo?.src, 'image') }] : [];
  });
  const rights = exhibition.rights;
  const statement = textIn(rights?.statement, context);
  const holder = textIn(rights?.holder, context);
  const license = safeUrl(rights?.license, 'link');
  const hasRights = statement || holder || license;
  const metadata = metadataTemplate(exhibition.metadata, context);
  if (credits.length === 0 && providers.length === 0 && !hasRights && metadata === nothing) {
    return nothing;
  }
  return html`<footer class="footer" part="footer">
    ${credits.length > 0
      ? html`<div class="credits" part="credits">
          ${heading(headingLevel + 1, strings.credits, { part: 'credits-title' })}
          <dl>
            ${credits.map(
              (credit) =>
                html`<div class="credit-row">
                  <dt>${inlineText(credit.role, context)}</dt>
                  <dd>${link(credit.url, inlineText(credit.name, context))}</dd>
                </div>`,
            )}
          </dl>
        </div>`
      : nothing}
    ${providers.length > 0
      ? html`<div class="providers" part="provider">
          <span class="footer-label">${strings.provider}</span>
          ${providers.map(
            (provider) =>
              html`<span class="provider"
                >${provider.logo
                  ? html`<img class="provider-logo" src=${provider.logo} alt="" height="32" />`
                  : nothing}${link(provider.url, inlineText(provider.name, context))}</span
              >`,
          )}
        </div>`
      : nothing}
    ${hasRights
      ? html`<p class="rights" part="rights">
          ${statement ? inlineText(statement, context) : nothing}
          ${holder || rights?.year
            ? html`<span class="holder"
                >© ${rights?.year ?? nothing}
                ${holder ? inlineText(holder, context) : nothing}</span
              >`
            : nothing}
          ${license
            ? html`<a href=${license} rel="license noopener noreferrer">${strings.license}</a>`
            : nothing}
        </p>`
      : nothing}
    ${metadata}
  </footer>`;
}

export interface ErrorView {
  readonly kind: 'network' | 'parse' | 'invalid';
  readonly message: string;
  readonly detail?: string;
  readonly problems: readonly Problem[];
  readonly status?: number;
  readonly retry: boolean;
}

/** Why a document cannot be shown. */
export type LoadFailure =
  | { readonly kind: 'network'; readonly status?: number; readonly timedOut?: boolean }
  | {
      readonly kind: 'parse';
      readonly line: number;
      readonly column: number;
      readonly message: string;
    }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] };

/** The error state's text for a failure, in the visitor's strings. */
export function errorView(
  failure: LoadFailure,
  strings: UiStrings,
  timeoutSeconds: number,
): ErrorView {
  if (failure.kind === 'invalid') {
    return {
      kind: 'invalid',
      message: strings.invalidError,
      problems: failure.problems,
      retry: false,
    };
  }
  if (failure.kind === 'parse') {
    return {
      kind: 'parse',
      message: strings.parseError,
      detail: fillTemplate(strings.parseErrorAt, failure),
      problems: [],
      retry: false,
    };
  }
  const { status, timedOut } = failure;
  return {
    kind: 'network',
    message: timedOut
      ? fillTemplate(strings.timeoutError, { seconds: timeoutSeconds })
      : status !== undefined
        ? fillTemplate(strings.networkErrorStatus, { status: String(status) })
        : strings.networkError,
    problems: [],
    status,
    retry: true,
  };
}

export function problemList(problems: readonly Problem[]) {
  return html`<ul class="problems-list">
    ${problems.map(
      (problem) =>
        html`<li class=${problem.severity}>
          <code>${problem.path || '/'}</code> ${problem.message}${problem.hint
            ? html` <span class="hint">${problem.hint}</span>`
            : nothing}
        </li>`,
    )}
  </ul>`;
}

export function errorTemplate(error: ErrorView, context: RenderContext, onRetry: () => void) {
  const errors = error.problems.filter((problem) => problem.severity === 'error');
  return html`<div class="error" part="error" role="alert">
    <p class="error-message">${error.message}</p>
    ${error.detail ? html`<p class="error-detail">${error.detail}</p>` : nothing}
    ${errors.length > 0 ? problemList(errors) : nothing}
    ${error.retry
      ? html`<button type="button" class="retry" part="retry" @click=${onRetry}>
          ${context.strings.retry}
        </button>`
      : nothing}
  </div>`;
}

export function problemsPanel(problems: readonly Problem[], context: RenderContext) {
  if (problems.length === 0) return nothing;
  return html`<details class="problems" part="problems" open>
    <summary>
      ${context.strings.problemsTitle}
      (${fillTemplate('{n}', { n: problems.length }, context.locale)})
    </summary>
    ${problemList(problems)}
  </details>`;
}
