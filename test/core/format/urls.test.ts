import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeUrl, type UrlContext } from '../../../src/core/index.js';

const BASE = 'https://example.org/exhibitions/harbour/exhibition.json';

describe('safeUrl', () => {
  const cases: [input: unknown, context: UrlContext, expected: string | null][] = [
    ['https://example.org/a.jpg', 'image', 'https://example.org/a.jpg'],
    ['HTTP://Example.org/a b.jpg', 'link', 'http://example.org/a%20b.jpg'],
    ['http:example.org', 'link', 'http://example.org/'],
    ['img/a.jpg', 'image', 'img/a.jpg'],
    ['../a.jpg', 'image', '../a.jpg'],
    ['//cdn.example.org/a.jpg', 'image', '//cdn.example.org/a.jpg'],
    ['#boats', 'link', '#boats'],
    ['  img/a.jpg\n', 'image', 'img/a.jpg'],
    ['data:image/png;base64,iVBORw0KGgo=', 'image', 'data:image/png;base64,iVBORw0KGgo='],
    [
      'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>',
      'image',
      'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>',
    ],
    ['DATA:IMAGE/JPEG;base64,/9j/', 'image', 'DATA:IMAGE/JPEG;base64,/9j/'],
    ['blob:https://example.org/5f0c', 'image', 'blob:https://example.org/5f0c'],
    ['mailto:archive@example.org', 'link', 'mailto:archive@example.org'],
    ['https://iiif.example.org/iiif/3/boats', 'service', 'https://iiif.example.org/iiif/3/boats'],
    // Refused everywhere.
    ['javascript:alert(1)', 'link', null],
    ['JaVaScRiPt:alert(1)', 'link', null],
    ['  java\tscript:alert(1)', 'link', null],
    ['java\nscript:alert(1)', 'image', null],
    ['\u0000\u001f javascript:alert(1)', 'link', null],
    ['vbscript:msgbox(1)', 'link', null],
    ['data:text/html,<script>alert(1)</script>', 'image', null],
    ['data:text/html;base64,PHNjcmlwdD4=', 'link', null],
    ['file:///etc/passwd', 'image', null],
    ['ftp://example.org/a.jpg', 'image', null],
    ['C:\\photos\\a.jpg', 'image', null],
    ['https://', 'link', null],
    ['http://[bad', 'link', null],
    ['//[bad', 'image', null],
    ['', 'image', null],
    [' \t\n', 'link', null],
    [42, 'link', null],
    [null, 'image', null],
    [{ href: 'https://example.org' }, 'link', null],
    // Allowed only in their context.
    ['data:image/png;base64,AAAA', 'link', null],
    ['data:image/png;base64,AAAA', 'service', null],
    ['blob:https://example.org/5f0c', 'link', null],
    ['blob:', 'image', null],
    ['mailto:archive@example.org', 'image', null],
    ['mailto:archive@example.org', 'service', null],
  ];
  for (const [input, context, expected] of cases) {
    it(`${JSON.stringify(input)} as ${context} -> ${JSON.stringify(expected)}`, () => {
      assert.equal(safeUrl(input, context), expected);
    });
  }

  it('resolves relative references against the base URL', () => {
    assert.equal(
      safeUrl('img/a.jpg', 'image', BASE),
      'https://example.org/exhibitions/harbour/img/a.jpg',
    );
    assert.equal(safeUrl('../b.jpg', 'image', BASE), 'https://example.org/exhibitions/b.jpg');
    assert.equal(safeUrl('/c.jpg', 'image', BASE), 'https://example.org/c.jpg');
    assert.equal(
      safeUrl('//cdn.example.org/d.jpg', 'image', BASE),
      'https://cdn.example.org/d.jpg',
    );
    assert.equal(
      safeUrl('https://other.example/e.jpg', 'image', BASE),
      'https://other.example/e.jpg',
    );
  });

  it('still refuses unsafe URLs when there is a base', () => {
    assert.equal(safeUrl('javascript:alert(1)', 'link', BASE), null);
    assert.equal(safeUrl(' java\tscript:alert(1)', 'link', BASE), null);
  });

  it('keeps relative references as given when the base is unusable or not http(s)', () => {
    assert.equal(safeUrl('img/a.jpg', 'image', 'not a url'), 'img/a.jpg');
    assert.equal(
      safeUrl('img/a.jpg', 'image', 'file:///home/curator/exhibition.json'),
      'img/a.jpg',
    );
    assert.equal(safeUrl('img/a.jpg', 'image', 'data:text/plain,x'), 'img/a.jpg');
  });
});
