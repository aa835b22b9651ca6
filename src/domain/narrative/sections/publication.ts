/** II.2 Công bố, công khai TTHC — from Biểu KSTT-CB. */
import { row, type SectionSpec } from '../section';

const TTHC = 'TTHC';
const TOTAL = 'tổng số TTHC thuộc thẩm quyền';
const ONLINE = 'số TTHC cung cấp dịch vụ công trực tuyến';

export const publicationSection: SectionSpec = {
  id: 'II.2',
  form: { codes: ['KSTT-CB'] },
  sentences: [
    {
      kind: 'figure',
      label: 'Tổng số TTHC thuộc thẩm quyền giải quyết',
      figure: row('total'),
      noun: TTHC,
      blank: 'missing',
      parts: {
        intro: ', trong đó: ',
        items: [
          { label: 'thực hiện theo cơ chế một cửa', figure: row('oneStop') },
          { label: 'thực hiện theo cơ chế một cửa liên thông', figure: row('interlinked') },
        ],
      },
      checks: [
        {
          sum: row('total'),
          name: TOTAL,
          parts: [row('oneStop'), row('interlinked')],
          partsName: 'số TTHC một cửa và một cửa liên thông',
        },
      ],
    },
    {
      kind: 'figure',
      label: 'Số lượng TTHC thực hiện qua dịch vụ bưu chính công ích (BCCI)',
      figure: row('postal'),
      noun: TTHC,
      blank: 'missing',
      checks: [
        { part: row('postal'), name: 'số TTHC qua dịch vụ bưu chính công ích', atMost: row('total'), wholeName: TOTAL },
      ],
    },
    {
      kind: 'figure',
      label: 'Số lượng TTHC cung cấp dịch vụ công trực tuyến',
      figure: row('online'),
      noun: TTHC,
      blank: 'missing',
      parts: {
        intro: ' (',
        items: [
          { label: 'toàn trình', figure: row('fullOnline') },
          { label: 'một phần', figure: row('partialOnline') },
        ],
        close: ')',
      },
      checks: [
        {
          sum: row('online'),
          name: ONLINE,
          parts: [row('fullOnline'), row('partialOnline')],
          partsName: 'số TTHC toàn trình và một phần',
        },
        { part: row('online'), name: ONLINE, atMost: row('total'), wholeName: TOTAL },
      ],
    },
    {
      kind: 'figure',
      label: 'Tổng số TTHC, danh mục TTHC được công bố',
      figure: row('announced'),
      noun: TTHC,
      blank: 'missing',
      detail: {
        intro: '; trong đó số TTHC được công khai: ',
        figure: row('published'),
        noun: TTHC,
        rate: { over: row('announced'), stated: row('publishedRate'), name: 'tỷ lệ TTHC được công khai' },
      },
      checks: [
        {
          part: row('published'),
          name: 'số TTHC được công khai',
          atMost: row('announced'),
          wholeName: 'số TTHC được công bố',
        },
      ],
    },
  ],
};
