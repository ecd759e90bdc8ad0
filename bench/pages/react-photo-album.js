// react-photo-album's rows (one album per section, as its docs build a gallery) with React 19, every photo
// with its caption rendered by React. Written with createElement so it needs no JSX step.
import { Fragment, createElement as h, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { RowsPhotoAlbum } from 'react-photo-album';
import 'react-photo-album/rows.css';
import { adaptiveRowHeight } from '../../dist/core/index.js';
import { captionContent } from './caption-content.js';

const EAGER_IMAGES = 8;
let captionsCommitted = 0;
let captionsExpected = Infinity;

function Caption({ caption }) {
  // Layout effects run in the commit that put the caption in the DOM: the last one marks "all text".
  useLayoutEffect(() => {
    captionsCommitted += 1;
    if (captionsCommitted === captionsExpected) performance.mark('bench:all-text');
  }, []);
  const content = captionContent(caption);
  return h(
    'figcaption',
    { className: 'caption' },
    content.title && h('p', { className: 'caption-title' }, content.title),
    content.paragraphs.map((text, index) =>
      h('p', { key: index, className: 'caption-text' }, text),
    ),
    content.quote &&
      h(
        'blockquote',
        { className: 'quote' },
        content.quote.paragraphs.map((text, index) => h('p', { key: index }, text)),
        content.quote.signature && h('footer', { className: 'signature' }, content.quote.signature),
      ),
    content.date &&
      h(
        'p',
        { className: 'meta' },
        h('time', { dateTime: content.date.datetime }, content.date.text),
      ),
    content.credit && h('p', { className: 'credit' }, content.credit),
  );
}

const render = {
  image: (props, { photo }) =>
    h('img', {
      ...props,
      loading: photo.number < EAGER_IMAGES ? 'eager' : 'lazy',
      decoding: 'async',
    }),
  extras: (_, { photo }) => h(Caption, { caption: photo.caption }),
};

function Exhibition({ exhibition, base }) {
  let number = 0;
  return h(
    Fragment,
    null,
    h('h1', { className: 'title' }, exhibition.title),
    (exhibition.intro ?? []).map((text, index) => h('p', { key: index, className: 'intro' }, text)),
    exhibition.sections.map((section) =>
      h(
        'section',
        { key: section.id, className: 'section' },
        h('h2', { className: 'section-title' }, section.title),
        h(RowsPhotoAlbum, {
          photos: section.items.map((item) => ({
            key: item.id,
            number: number++,
            src: new URL(item.image.src, base).href,
            width: item.image.width,
            height: item.image.height,
            alt: item.image.alt ?? '',
            srcSet: [...(item.image.variants ?? []), item.image].map((source) => ({
              src: new URL(source.src, base).href,
              width: source.width,
              height: source.height,
            })),
            caption: item.caption,
          })),
          spacing: 8,
          padding: 0,
          targetRowHeight: adaptiveRowHeight,
          render,
        }),
      ),
    ),
  );
}

const container = document.getElementById('gallery');
const base = new URL(container.dataset.src, location.href);
const exhibition = await (await fetch(base)).json();
captionsExpected = exhibition.sections.reduce((sum, section) => sum + section.items.length, 0);
createRoot(container).render(h(Exhibition, { exhibition, base }));
