import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText } from '../../../src/core/import/html.js';

describe('htmlToText', () => {
  it('keeps plain text exactly as written', () => {
    for (const text of ['Boats at 5 < 6 o’clock', 'Line one\nLine two', '  spaced  ', 'AT&T']) {
      assert.equal(htmlToText(text), text);
    }
  });

  it('turns paragraphs into blank lines and breaks into line breaks', () => {
    assert.equal(
      htmlToText('<p>First   paragraph,\n wrapped.</p><p>Second<br/>line</p>'),
      'First paragraph, wrapped.\n\nSecond\nline',
    );
    assert.equal(htmlToText('<ul><li>One</li><li>Two</li></ul>'), 'One\nTwo');
  });

  it('removes every tag, comments, scripts and styles', () => {
    assert.equal(
      htmlToText(
        '<span class="x"><a href="https://example.org/">Harbour</a> <b>museum</b><img src="x.png" alt="logo"></span><!-- note --><script>alert(1)</script><style>p{}</style>',
      ),
      'Harbour museum',
    );
  });

  it('decodes the common named entities and numeric ones', () => {
    assert.equal(
      htmlToText('<p>&amp; &lt; &gt; &quot; &#39; &nbsp; &ndash; &#x2014; &#8230; &copy;</p>'),
      '& < > " \' \u00a0 – — … ©',
    );
  });

  it('keeps unknown entities and replaces impossible code points', () => {
    assert.equal(
      htmlToText('<i>&bogus; &constructor; &#0; &#x110000;</i>'),
      '&bogus; &constructor; \ufffd \ufffd',
    );
  });

  it('never outputs a tag', () => {
    assert.equal(htmlToText('<p>a <b>b</b> c &lt;b&gt;</p>'), 'a b c <b>');
  });
});
