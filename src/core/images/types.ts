/** One file of an image at another size or format (format.md, Image `variants`). */
export interface ImageVariantInput {
  readonly src: string;
  readonly width: number;
  readonly height?: number;
  /** MIME type, e.g. `image/avif`; absent means the same format as `src`. */
  readonly type?: string;
}

export type IiifServiceType = 'ImageService2' | 'ImageService3';
export type IiifProfile = 'level0' | 'level1' | 'level2';

/** A IIIF Image API service. A plain string is its id, of unknown version (treated as version 2, level 2). */
export interface IiifServiceInput {
  readonly id: string;
  readonly type?: IiifServiceType;
  readonly profile?: IiifProfile;
  /** Sizes the service prefers; a level 0 service serves only these. */
  readonly sizes?: readonly { readonly width: number; readonly height: number }[];
  readonly maxWidth?: number;
  readonly maxHeight?: number;
  readonly maxArea?: number;
}

/** What image-source logic needs of an Image (format.md); URLs are already checked and resolved. */
export interface ImageSourceInput {
  readonly src?: string;
  readonly width?: number;
  readonly height?: number;
  readonly variants?: readonly ImageVariantInput[];
  readonly iiif?: string | IiifServiceInput;
}

/** One entry of a `srcset`: a URL and its width in pixels. */
export interface SrcsetCandidate {
  readonly url: string;
  readonly width: number;
  readonly type?: string;
}
