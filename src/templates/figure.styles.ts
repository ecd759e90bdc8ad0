import { css } from 'lit';

/** The image box, placeholder, "image unavailable" state and caption card, shared by figure and exhibit. */
export const frameStyles = css`
  .frame {
    position: relative;
    display: block;
    width: 100%;
    overflow: hidden;
    background: var(
      --photo-placeholder,
      var(--photo-exhibit-placeholder, rgba(127, 127, 127, 0.18))
    );
    border-radius: var(--photo-exhibit-radius, 0);
  }
  picture,
  img {
    display: block;
    width: 100%;
    height: 100%;
    margin: 0;
    max-width: none;
    border: 0;
  }
  img {
    object-fit: contain;
  }
  img.cover {
    object-fit: cover;
  }
  .unavailable {
    display: grid;
    place-items: center;
    color: var(--photo-exhibit-muted, inherit);
  }
  .unavailable-text {
    padding: 0.5em;
    font-size: 0.875em;
    text-align: center;
  }
  .card {
    display: grid;
    place-items: center;
    aspect-ratio: 3 / 2;
    background: var(--photo-exhibit-card-background, rgba(127, 127, 127, 0.12));
    border: 1px solid var(--photo-exhibit-card-border, rgba(127, 127, 127, 0.35));
    box-sizing: border-box;
  }
  .card-text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 5;
    overflow: hidden;
    padding: 1em 1.25em;
    font-family: var(--photo-exhibit-heading-font, Georgia, 'Times New Roman', serif);
    font-size: var(--photo-exhibit-card-font-size, 1.125em);
    line-height: 1.35;
    text-align: center;
  }
  @media (forced-colors: active) {
    .frame,
    .card {
      border: 1px solid CanvasText;
    }
  }
`;
