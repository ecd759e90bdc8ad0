// Hostile content for the security suite (security.test.ts): injection payloads for every text field of the
// format, unsafe addresses for every URL field, and a IIIF manifest carrying both. Every payload that could run
// calls `photoExhibitPwned(<field>)` and every element it could create carries `data-pwn`, so a test sees
// both what ran and what was parsed, and which field let it through.

/** The global function every executable payload calls. */
export const TRAP = 'photoExhibitPwned';
/** The attribute every element a payload could create carries. */
export const PAYLOAD_ATTRIBUTE = 'data-pwn';

export interface TextPayload {
  readonly name: string;
  /** The payload for one field; the field's name is inside it, so each field's text is unique. */
  readonly make: (field: string) => string;
}

export const TEXT_PAYLOADS: readonly TextPayload[] = [
  {
    name: 'an <img> with onerror',
    make: (field) => `<img src=x ${PAYLOAD_ATTRIBUTE} onerror="${TRAP}('${field}')">`,
  },
  {
    name: 'a closing </script> and a new <script>',
    make: (field) => `</script><script ${PAYLOAD_ATTRIBUTE}>${TRAP}('${field}')</script>`,
  },
  {
    name: 'an attribute break-out into <svg onload>',
    make: (field) => `"><svg ${PAYLOAD_ATTRIBUTE} onload="${TRAP}('${field}')">`,
  },
  {
    name: 'a template expression',
    make: (field) => `{{constructor.constructor('${TRAP}("${field}")')()}}`,
  },
  {
    name: 'a template literal placeholder',
    make: (field) => `\${${TRAP}('${field}')}`,
  },
];

export interface UrlPayload {
  readonly name: string;
  readonly url: string;
}

export const URL_PAYLOADS: readonly UrlPayload[] = [
  { name: 'javascript:', url: `javascript:${TRAP}('url')` },
  { name: 'JaVaScRiPt: in mixed case', url: `JaVaScRiPt:${TRAP}('url')` },
  { name: 'vbscript:', url: 'vbscript:msgbox("url")' },
  { name: 'data:text/html', url: `data:text/html,<script>parent.${TRAP}('url')</script>` },
  {
    name: 'data:text/html;base64',
    url: `data:text/html;base64,${btoa(`<script>parent.${TRAP}('url')</script>`)}`,
  },
  { name: 'java<TAB>script:', url: `java\tscript:${TRAP}('url')` },
  { name: 'java<LF>script:', url: `java\nscript:${TRAP}('url')` },
  { name: 'java<CR>script:', url: `java\rscript:${TRAP}('url')` },
  {
    name: 'javascript: after control characters and spaces',
    url: `\u0001\u0010 \t javascript:${TRAP}('url')`,
  },
];

/**
 * Whether an attribute value would hand an address with a script scheme to the browser. Browsers drop ASCII
 * tab and newlines anywhere in a URL and C0 controls and spaces around it, so those are removed first; a
 * `srcset` or any other list is caught too, since the scheme is looked for anywhere in the value.
 */
export function carriesScriptUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const squeezed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return ['javascript:', 'vbscript:', 'data:text/html'].some((scheme) => squeezed.includes(scheme));
}

/** Images served by the test server, so the exhibit and the viewer render real `<img>` elements. */
const HARBOUR = { src: '/test/fixtures/img/harbour-3x2.svg', width: 1500, height: 1000 };
const TOWER = { src: '/test/fixtures/img/tower-2x3.svg', width: 1000, height: 1500 };
const SAFE_LINK = 'https://example.org/archive';

export interface TextPayloadDocument {
  readonly exhibition: Record<string, unknown>;
  /** Text `<photo-exhibit>` shows, by field. */
  readonly exhibitText: Readonly<Record<string, string>>;
  /** Text the viewer shows for each item (by 0-based index in the exhibition), by field. */
  readonly viewerText: readonly Readonly<Record<string, string>>[];
  /** The alt text of each item's image, or undefined for an item without one. */
  readonly alts: readonly (string | undefined)[];
}

/**
 * An exhibition with the payload in every text field the format shows (format.md, "What is shown"), and in
 * some it keeps as metadata only. Three items: a photo with every caption part and a signed quote, a photo
 * whose quote is attributed to a registered person with a date, and a caption card without an image.
 */
export function textPayloadDocument(make: (field: string) => string): TextPayloadDocument {
  const exhibitText: Record<string, string> = {};
  const viewerText: Record<string, string>[] = [{}, {}, {}];
  /** Shown in the exhibit only. */
  const exhibit = (field: string) => (exhibitText[field] = make(field));
  /** Shown in the exhibit and in the viewer on that item. */
  const everywhere = (item: number, field: string) =>
    (exhibitText[field] = viewerText[item]![field] = make(field));
  /** Shown in the viewer on that item only. */
  const viewer = (item: number, field: string) => (viewerText[item]![field] = make(field));
  const alts = [make('alt of the first photo'), make('alt of the second photo'), undefined];

  const exhibition = {
    photoExhibit: '1.0',
    id: 'payloads',
    language: 'en',
    title: exhibit('title'),
    subtitle: { en: exhibit('subtitle'), ar: make('subtitle in Arabic') },
    summary: make('summary'),
    intro: [exhibit('intro paragraph 1'), exhibit('intro paragraph 2')],
    occasion: {
      type: 'anniversary',
      ordinal: 75,
      of: make('occasion of'),
      title: exhibit('occasion title'),
    },
    date: { value: '2023-09-12/2023-09-17', display: exhibit('exhibition date display') },
    people: {
      keeper: { name: everywhere(1, 'registered person name'), shortName: make('short name') },
    },
    places: {
      harbour: {
        name: everywhere(0, 'registered place name'),
        locality: everywhere(0, 'registered place locality'),
      },
    },
    sections: [
      {
        id: 'first',
        title: exhibit('section title'),
        intro: exhibit('section intro'),
        date: { value: '2023', display: exhibit('section date display') },
        metadata: [
          { label: exhibit('section metadata label'), value: exhibit('section metadata value') },
        ],
        items: [
          {
            id: 'first-photo',
            image: {
              ...HARBOUR,
              alt: alts[0],
              description: viewer(0, 'image description'),
            },
            caption: {
              title: everywhere(0, 'caption title'),
              text: [everywhere(0, 'caption text 1'), everywhere(0, 'caption text 2')],
              links: [{ href: SAFE_LINK, label: everywhere(0, 'link label') }],
              people: [{ name: everywhere(0, 'inline person name') }],
              place: 'harbour',
              date: { value: '2023-09-13', display: everywhere(0, 'caption date display') },
              credit: everywhere(0, 'credit'),
              quote: {
                kind: 'speech',
                text: everywhere(0, 'quote text'),
                original: everywhere(0, 'quote original'),
                signature: everywhere(0, 'quote signature'),
                source: everywhere(0, 'quote source'),
              },
            },
            rights: { statement: viewer(0, 'item rights statement') },
            metadata: [
              { label: exhibit('item metadata label'), value: exhibit('item metadata value') },
            ],
          },
          {
            id: 'second-photo',
            image: { ...TOWER, alt: alts[1] },
            caption: {
              text: everywhere(1, 'second caption text'),
              place: {
                name: everywhere(1, 'inline place name'),
                locality: everywhere(1, 'inline place locality'),
              },
              quote: {
                text: everywhere(1, 'attributed quote text'),
                by: 'keeper',
                date: { value: '1999', display: everywhere(1, 'quote date display') },
              },
            },
          },
          {
            id: 'caption-card',
            caption: {
              title: everywhere(2, 'card title'),
              text: everywhere(2, 'card text'),
            },
          },
        ],
      },
    ],
    credits: [{ role: exhibit('credits role'), name: exhibit('credits name'), url: SAFE_LINK }],
    provider: [{ name: exhibit('provider name'), url: SAFE_LINK }],
    rights: {
      statement: exhibit('rights statement'),
      holder: exhibit('rights holder'),
      year: 2023,
      license: 'https://creativecommons.org/licenses/by/4.0/',
    },
    metadata: [{ label: exhibit('metadata label'), value: exhibit('metadata value') }],
  };
  return { exhibition, exhibitText, viewerText, alts };
}

export interface UrlPayloadDocument {
  readonly exhibition: Record<string, unknown>;
  /** JSON Pointers of every field holding the unsafe address: the validator must report each as an error. */
  readonly paths: readonly string[];
}

/**
 * An exhibition with the unsafe address in every URL field of the format. Each image keeps a safe `src` except
 * the first, so its variants and IIIF service are read (an image whose `src` fails is dropped whole).
 */
export function urlPayloadDocument(url: string): UrlPayloadDocument {
  const exhibition = {
    $schema: url,
    photoExhibit: '1.0',
    title: 'Unsafe addresses',
    language: 'en',
    cover: { src: url, width: 1500, height: 1000, alt: 'Cover' },
    provider: [{ name: 'Provider', url, logo: { src: url, width: 64, height: 64, alt: '' } }],
    credits: [{ role: 'Curator', name: 'A curator', url }],
    rights: { statement: 'Rights', license: url },
    items: [
      {
        id: 'unsafe-src',
        image: { ...HARBOUR, src: url, alt: 'Harbour' },
        caption: { text: 'An unsafe image address.', links: [{ href: url, label: 'A link' }] },
      },
      {
        id: 'unsafe-variants',
        image: {
          ...HARBOUR,
          alt: 'Harbour',
          variants: [
            { src: url, width: 750, height: 500 },
            { src: url, width: 1200, height: 800, type: 'image/webp' },
          ],
        },
        caption: { text: 'Unsafe variants.' },
      },
      {
        id: 'unsafe-iiif-address',
        image: { ...TOWER, alt: 'Tower', iiif: url },
        caption: { text: 'An unsafe IIIF service address.' },
      },
      {
        id: 'unsafe-iiif-service',
        image: {
          ...TOWER,
          alt: 'Tower',
          iiif: { id: url, type: 'ImageService3', profile: 'level1' },
        },
        caption: { text: 'An unsafe IIIF service id.' },
        rights: { statement: 'Item rights', license: url },
      },
    ],
  };
  const paths = [
    '/$schema',
    '/cover/src',
    '/provider/0/url',
    '/provider/0/logo/src',
    '/credits/0/url',
    '/rights/license',
    '/items/0/image/src',
    '/items/0/caption/links/0/href',
    '/items/1/image/variants/0/src',
    '/items/1/image/variants/1/src',
    '/items/2/image/iiif',
    '/items/3/image/iiif/id',
    '/items/3/rights/license',
  ];
  return { exhibition, paths };
}

/**
 * Items as a host may hand them to `<photo-viewer>` or `<photo-figure>` directly, without the validator: the
 * unsafe address in every URL field of an image and a caption, beside safe ones the elements may use.
 */
export function unvalidatedItems(url: string): Record<string, unknown>[] {
  return [
    {
      id: 'unsafe-src',
      image: { ...HARBOUR, src: url, alt: 'Harbour', variants: [{ src: url, width: 750 }] },
      caption: { text: 'An unsafe image address.', links: [{ href: url, label: 'A link' }] },
    },
    {
      id: 'unsafe-variants',
      image: {
        ...HARBOUR,
        alt: 'Harbour',
        variants: [
          { src: url, width: 750, height: 500 },
          { src: url, width: 3000, height: 2000 },
          { src: url, width: 1200, height: 800, type: 'image/webp' },
        ],
      },
      caption: { text: 'Unsafe variants.' },
    },
    {
      id: 'unsafe-iiif',
      image: {
        ...TOWER,
        alt: 'Tower',
        iiif: { id: url, type: 'ImageService3', profile: 'level1' },
      },
      caption: { text: 'An unsafe IIIF service.' },
    },
  ];
}

export interface PayloadManifest {
  readonly manifest: Record<string, unknown>;
  /** Text that must show literally (plain-text values, and what HTML values say once their markup is gone). */
  readonly shown: readonly string[];
}

/**
 * A IIIF Presentation 3 manifest with payloads in its labels and in the HTML that IIIF allows in summaries,
 * metadata values and required statements, and unsafe addresses in its rights, provider, image and service.
 */
export function payloadManifest(): PayloadManifest {
  const escapedImage = `<img src=x ${PAYLOAD_ATTRIBUTE} onerror="${TRAP}('escaped in summary')">`;
  const templateLabel = `{{constructor.constructor('${TRAP}("canvas label")')()}}`;
  const literalLabel = `Harbour \${${TRAP}('manifest label')}`;
  const canvas = (
    name: string,
    label: string,
    summary: string,
    body: string,
    service?: string,
  ) => ({
    id: `https://example.org/iiif/payloads/canvas/${name}`,
    type: 'Canvas',
    label: { en: [label] },
    summary: { en: [summary] },
    width: 1500,
    height: 1000,
    items: [
      {
        id: `https://example.org/iiif/payloads/page/${name}`,
        type: 'AnnotationPage',
        items: [
          {
            id: `https://example.org/iiif/payloads/annotation/${name}`,
            type: 'Annotation',
            motivation: 'painting',
            target: `https://example.org/iiif/payloads/canvas/${name}`,
            body: {
              id: body,
              type: 'Image',
              format: 'image/svg+xml',
              width: 1500,
              height: 1000,
              ...(service
                ? { service: [{ id: service, type: 'ImageService3', profile: 'level1' }] }
                : {}),
            },
          },
        ],
      },
    ],
  });
  const unsafe = `javascript:${TRAP}('iiif address')`;
  const manifest = {
    '@context': 'http://iiif.io/api/presentation/3/context.json',
    id: 'https://example.org/iiif/payloads/manifest.json',
    type: 'Manifest',
    label: { en: [literalLabel] },
    summary: {
      en: [
        `<p>Summary words <b>in bold</b><script>${TRAP}('summary script')</script>` +
          `<img src=x ${PAYLOAD_ATTRIBUTE} onerror="${TRAP}('summary img')">` +
          ` and ${escapedImage.replaceAll('<', '&lt;').replaceAll('>', '&gt;')} as text</p>`,
      ],
    },
    metadata: [
      {
        label: { en: ['Metadata label'] },
        value: {
          en: [
            `<span>Metadata value <a href="javascript:${TRAP}('metadata link')">linked</a>` +
              `<svg ${PAYLOAD_ATTRIBUTE} onload="${TRAP}('metadata svg')"></svg></span>`,
          ],
        },
      },
    ],
    requiredStatement: {
      label: { en: ['Attribution'] },
      value: {
        en: [
          `<p>Required statement<style>*{display:none}</style>` +
            `<iframe ${PAYLOAD_ATTRIBUTE} srcdoc="<script>parent.${TRAP}('statement')</script>"></iframe></p>`,
        ],
      },
    },
    rights: unsafe,
    provider: [
      {
        id: 'https://example.org/provider',
        type: 'Agent',
        label: { en: [`Provider <img src=x ${PAYLOAD_ATTRIBUTE} onerror="${TRAP}('provider')">`] },
        homepage: [{ id: unsafe, type: 'Text', label: { en: ['Home'] }, format: 'text/html' }],
        logo: [{ id: unsafe, type: 'Image', format: 'image/png' }],
      },
    ],
    items: [
      canvas('first', templateLabel, `A plain ${TRAP}('canvas summary') summary`, HARBOUR.src),
      canvas(
        'second',
        `Tower <svg ${PAYLOAD_ATTRIBUTE} onload="${TRAP}('canvas label svg')">`,
        `<p>Canvas summary<script>${TRAP}('canvas summary script')</script></p>`,
        HARBOUR.src,
        unsafe,
      ),
      canvas('third', 'Unsafe image', 'An image at an unsafe address.', unsafe),
    ],
  };
  const shown = [
    literalLabel,
    templateLabel,
    `A plain ${TRAP}('canvas summary') summary`,
    'Summary words in bold',
    escapedImage,
    'Metadata value linked',
    'Required statement',
    'Provider',
    'Tower',
    'Canvas summary',
  ];
  return { manifest, shown };
}
