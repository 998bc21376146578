import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { postMessageSchema } from '#shared/chat/conversation';
import { UnsupportedMediaTypeError, ValidationError } from '#shared/errors';
import { feedbackRequestSchema } from '#shared/feedback/feedback';
import { readJsonBody } from '#shared/http/request';
import { isPlainText } from '#shared/text';

const bodyEvent = (body: Buffer, contentType = 'application/json') =>
  ({
    headers: { 'content-type': contentType },
    body: body.toString('base64'),
    isBase64Encoded: true,
  }) as unknown as APIGatewayProxyEventV2;

const NOT_TEXT = [
  ['NUL', 'hei\u0000'],
  ['a bell', 'hei\u0007'],
  ['escape', '\u001b[31mrød'],
  ['DEL', 'hei\u007f'],
  ['a C1 control', 'hei\u0085'],
  ['a lone high surrogate', 'hei \ud83d'],
  ['a lone low surrogate', '\ude00 hei'],
] as const;

describe('plain text', () => {
  it.each(NOT_TEXT)('refuses %s in a question and in a comment', (_name, text) => {
    expect(isPlainText(text)).toBe(false);
    expect(postMessageSchema.safeParse({ text }).success).toBe(false);
    expect(
      feedbackRequestSchema.safeParse({ url: 'https://x.no/a', found: false, comment: text }).success,
    ).toBe(false);
  });

  it.each([
    ['line breaks and tabs', 'Hei,\r\n\tjeg lurer på noe'],
    ['emoji and other scripts', 'Takk 😀 ✓ Ελληνικά ᚠ 中文 سلام'],
    ['Sámi letters', 'Buorre beaivi, máŋggas ja čáhci'],
  ])('takes %s', (_name, text) => {
    expect(isPlainText(text)).toBe(true);
    expect(postMessageSchema.safeParse({ text }).success).toBe(true);
  });
});

describe('readJsonBody', () => {
  it('refuses a body that is not UTF-8 instead of storing U+FFFD', () => {
    const latin1 = Buffer.concat([
      Buffer.from('{"text":"bl'),
      Buffer.from([0xe5]),
      Buffer.from('b\u00e6r"}'),
    ]);

    expect(() => readJsonBody(bodyEvent(latin1))).toThrow(ValidationError);
    expect(() => readJsonBody(bodyEvent(latin1))).toThrow('not valid UTF-8');
  });

  it('refuses another charset with 415, and takes UTF-8 however it is written', () => {
    const body = Buffer.from('{"text":"blåbær"}');

    expect(() => readJsonBody(bodyEvent(body, 'application/json; charset=iso-8859-1'))).toThrow(
      UnsupportedMediaTypeError,
    );
    for (const type of [
      'application/json; charset=UTF-8',
      'application/json;charset="utf-8"',
      'Application/JSON',
    ]) {
      expect(readJsonBody(bodyEvent(body, type))).toEqual({ text: 'blåbær' });
    }
  });
});
