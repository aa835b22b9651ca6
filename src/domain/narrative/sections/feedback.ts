/** II.4 Tiếp nhận, xử lý phản ánh, kiến nghị — from Biểu II.05a. */
import { sumOf, total, type SectionSpec } from '../section';

const PAKN = 'phản ánh, kiến nghị';
const RECEIVED = 'tổng số phản ánh, kiến nghị đã tiếp nhận';

export const feedbackSection: SectionSpec = {
  id: 'II.4',
  form: { codes: ['II.05a'] },
  sentences: [
    {
      kind: 'figure',
      label: 'Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo',
      figure: total('received'),
      noun: PAKN,
      blank: 'missing',
      parts: {
        intro: ', trong đó: ',
        items: [
          { label: 'tiếp nhận mới trong kỳ', figure: total('new') },
          { label: 'từ kỳ trước chuyển qua', figure: total('carried') },
        ],
      },
      checks: [
        {
          sum: total('received'),
          name: RECEIVED,
          parts: [total('new'), total('carried')],
          partsName: 'số tiếp nhận mới và từ kỳ trước',
        },
        {
          sum: total('received'),
          name: RECEIVED,
          parts: [total('processed'), total('inProgress')],
          partsName: 'số đã xử lý và đang xử lý',
        },
      ],
    },
    // The content split: said in words when typed as zeros («không có … về quy định hành chính»), never for blanks.
    {
      kind: 'list',
      intro: 'Về nội dung: ',
      items: [
        { label: 'về quy định hành chính', figure: total('aboutRules') },
        { label: 'về hành vi hành chính', figure: total('aboutConduct') },
      ],
      noun: PAKN,
      zeros: 'always',
      checks: [
        {
          part: sumOf(total('aboutRules'), total('aboutConduct')),
          name: 'số phản ánh, kiến nghị về quy định và về hành vi hành chính',
          atMost: total('received'),
          wholeName: 'tổng số đã tiếp nhận',
        },
      ],
    },
    {
      kind: 'figure',
      label: 'Số phản ánh, kiến nghị đã xử lý',
      figure: total('processed'),
      noun: PAKN,
      blank: 'missing',
      detail: { intro: '; trong đó số đã được đăng tải công khai: ', figure: total('published'), noun: PAKN },
      checks: [
        {
          part: total('published'),
          name: 'số phản ánh, kiến nghị đã đăng tải công khai',
          atMost: total('processed'),
          wholeName: 'số đã xử lý',
        },
      ],
    },
    {
      kind: 'figure',
      label: 'Số phản ánh, kiến nghị đang xử lý',
      figure: total('inProgress'),
      noun: PAKN,
      blank: 'omit',
    },
  ],
};
