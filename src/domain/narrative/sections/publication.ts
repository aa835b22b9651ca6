/** II.2 Công bố, công khai TTHC — from Biểu KSTT-CB. */
import { addsUp, atMost, list, row, stated, type SectionSpec } from '../section';

const TTHC = 'TTHC';
const TOTAL = 'tổng số TTHC thuộc thẩm quyền';
const ONLINE = 'số TTHC cung cấp dịch vụ công trực tuyến';
const [total, oneStop, interlinked, postal] = [
  row('total'),
  row('oneStop'),
  row('interlinked'),
  row('postal'),
];
const [online, full, partial] = [row('online'), row('fullOnline'), row('partialOnline')];
const [announced, published] = [row('announced'), row('published')];

export const publicationSection: SectionSpec = {
  id: 'II.2',
  form: { codes: ['KSTT-CB'] },
  sentences: [
    stated('Tổng số TTHC thuộc thẩm quyền giải quyết', total, TTHC, {
      parts: list(', trong đó: ', [
        ['thực hiện theo cơ chế một cửa', oneStop],
        ['thực hiện theo cơ chế một cửa liên thông', interlinked],
      ]),
      checks: [addsUp(total, TOTAL, [oneStop, interlinked], 'số TTHC một cửa và một cửa liên thông')],
    }),
    stated('Số lượng TTHC thực hiện qua dịch vụ bưu chính công ích (BCCI)', postal, TTHC, {
      checks: [atMost(postal, 'số TTHC qua dịch vụ bưu chính công ích', total, TOTAL)],
    }),
    stated('Số lượng TTHC cung cấp dịch vụ công trực tuyến', online, TTHC, {
      parts: list(
        ' (',
        [
          ['toàn trình', full],
          ['một phần', partial],
        ],
        { close: ')' },
      ),
      checks: [
        addsUp(online, ONLINE, [full, partial], 'số TTHC toàn trình và một phần'),
        atMost(online, ONLINE, total, TOTAL),
      ],
    }),
    stated('Tổng số TTHC, danh mục TTHC được công bố', announced, TTHC, {
      detail: {
        intro: '; trong đó số TTHC được công khai: ',
        figure: published,
        noun: TTHC,
        rate: { over: announced, stated: row('publishedRate'), name: 'tỷ lệ TTHC được công khai' },
      },
      checks: [atMost(published, 'số TTHC được công khai', announced, 'số TTHC được công bố')],
    }),
  ],
};
