import { patternFindings, type Recognizer } from '../recognizer.ts';

const isIpv4 = (value: string): boolean => value.split('.').every((part) => Number(part) <= 255);

// IPv6: either a `::` compression or at least four colon-separated hex groups, so that clock
// times such as 18:30 or 18:30:15 are not taken for addresses.
const IPV6 =
  /(?<![\p{L}\p{N}:])(?:(?:[0-9a-f]{1,4}:){1,7}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?|::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)|(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4})(?![\p{L}\p{N}:])/giu;

const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)/g;

export const ipAddresses: Recognizer = {
  name: 'IP address (v4 and v6)',
  categories: ['ip'],
  // An IPv4 address needs a digit, an IPv6 address a colon: texts without are not scanned.
  find: ({ text }) => [
    ...(/[0-9]/.test(text) ? patternFindings(text, IPV4, 'ip', isIpv4) : []),
    ...(text.includes(':')
      ? patternFindings(
          text,
          IPV6,
          'ip',
          (value) => /[0-9a-f]{1,4}:/i.test(value) && !/^\d{1,2}:\d{2}(?::\d{2})?$/.test(value),
        )
      : []),
  ],
};
