import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
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

describe('safeUrl without a parser (the shapes it resolves by itself)', () => {
  const segment = fc.constantFrom(
    'a',
    'img',
    'B-2',
    '.',
    '..',
    '...',
    '~x',
    '_',
    'a.jpg',
    '%41',
    'é',
    'a b',
  );
  const relative = fc
    .tuple(fc.array(segment, { maxLength: 6 }), fc.constantFrom('', '/', '?q=1', '#f'))
    .map(([segments, end]) => segments.join('/') + end)
    .filter((reference) => reference !== '');
  const base = fc
    .tuple(
      fc.constantFrom('http://', 'https://', 'https://user:pw@'),
      fc.constantFrom('example.org', '127.0.0.1:8080', 'h', 'EXAMPLE.org:443'),
      fc.array(fc.constantFrom('a', 'b', 'c.json', '..', '%7E'), { maxLength: 4 }),
      fc.constantFrom('', '/', '?x=1', '#y'),
    )
    .map(([scheme, host, path, end]) => `${scheme}${host}/${path.join('/')}${end}`);

  it('resolves a relative reference as URL does', () => {
    fc.assert(
      fc.property(relative, base, (reference, baseUrl) => {
        assert.equal(safeUrl(reference, 'image', baseUrl), new URL(reference, baseUrl).href);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises an absolute http(s) URL as URL does', () => {
    const label = fc.constantFrom(
      'a',
      'cdn',
      'x-1',
      '1',
      '0x1f',
      'xn--80ak6aa92e',
      'a--b',
      '-a',
      'Z',
      '',
    );
    const absolute = fc
      .tuple(
        fc.constantFrom('http://', 'https://'),
        fc.array(label, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('', ':80', ':443', ':8080', ':0', ':99999', ':065'),
        relative,
      )
      .map(([scheme, labels, port, path]) => `${scheme}${labels.join('.')}${port}/${path}`);
    fc.assert(
      fc.property(absolute, (url) => {
        let expected: string | null = null;
        try {
          expected = new URL(url).href;
        } catch {
          // Refused by the parser: refused here too.
        }
        assert.equal(safeUrl(url, 'link'), expected);
      }),
      { numRuns: 2000 },
    );
  });
});
