// Puts an exhibit inside another component's shadow root, as design systems and page builders do.
class OtherWidget extends HTMLElement {
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (root.childElementCount > 0) return;
    const exhibit = document.createElement('photo-exhibit');
    exhibit.setAttribute('src', '/test/fixtures/seed.json');
    exhibit.setAttribute('layout', 'grid');
    root.append(exhibit);
  }
}
customElements.define('other-widget', OtherWidget);
