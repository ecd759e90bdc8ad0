// The text of a caption as the peer pages show it, in the order photo-exhibit renders it: title, text
// paragraphs, quotation with its signature, date, credit. Shared by the vanilla and the React pages.
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

const paragraphsOf = (prose) => (Array.isArray(prose) ? prose : prose ? [prose] : []);

export function captionContent(caption = {}) {
  return {
    title: caption.title,
    paragraphs: paragraphsOf(caption.text),
    quote: caption.quote
      ? { paragraphs: paragraphsOf(caption.quote.text), signature: caption.quote.signature }
      : undefined,
    date: caption.date
      ? { datetime: caption.date, text: dateFormat.format(new Date(caption.date)) }
      : undefined,
    credit: caption.credit,
  };
}

/** `srcset` of an image and its variants, URLs resolved against the document. */
export function srcsetOf(image, base) {
  return [...(image.variants ?? []), image]
    .map((source) => `${new URL(source.src, base).href} ${source.width}w`)
    .join(', ');
}
