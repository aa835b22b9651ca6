/** II.1 Đánh giá tác động TTHC — from Biểu KSTT-DG. */
import { row, type SectionSpec } from '../section';

const TTHC = 'TTHC';

export const assessmentSection: SectionSpec = {
  id: 'II.1',
  form: { codes: ['KSTT-DG'] },
  sentences: [
    {
      kind: 'figure',
      label: 'Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo',
      figure: row('assessed'),
      noun: TTHC,
      blank: 'missing',
    },
    {
      kind: 'figure',
      label: 'Số lượng TTHC được ban hành trong kỳ báo cáo',
      figure: row('issued'),
      noun: TTHC,
      blank: 'missing',
      parts: {
        intro: ', trong đó ',
        items: [
          {
            label: 'đã được đánh giá tác động',
            figure: row('issuedAssessed'),
            rate: {
              over: row('issued'),
              stated: row('issuedAssessedRate'),
              name: 'tỷ lệ TTHC ban hành đã được đánh giá tác động',
            },
          },
        ],
      },
      checks: [
        {
          part: row('issuedAssessed'),
          name: 'số TTHC ban hành đã được đánh giá tác động',
          atMost: row('issued'),
          wholeName: 'số TTHC được ban hành',
        },
      ],
    },
    // «đã được đánh giá tác động: không» is a statement of its own when the number issued is not given (the
    // sentence above then states no figure: a zero part is not listed unless the style asks for it).
    {
      kind: 'figure',
      label: 'Số lượng TTHC được ban hành trong kỳ báo cáo đã được đánh giá tác động',
      figure: row('issuedAssessed'),
      noun: TTHC,
      blank: 'omit',
      when: (read, style) =>
        !read.fig(row('issued')) && read.fig(row('issuedAssessed'))?.value === 0 && !style.zeroParts,
    },
  ],
};
