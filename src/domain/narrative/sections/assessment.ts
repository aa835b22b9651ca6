/** II.1 Đánh giá tác động TTHC — from Biểu KSTT-DG. */
import { atMost, ifStated, list, row, stated, type SectionSpec } from '../section';

const TTHC = 'TTHC';
const [issued, issuedAssessed] = [row('issued'), row('issuedAssessed')];

export const assessmentSection: SectionSpec = {
  id: 'II.1',
  form: { codes: ['KSTT-DG'] },
  sentences: [
    stated('Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo', row('assessed'), TTHC),
    stated('Số lượng TTHC được ban hành trong kỳ báo cáo', issued, TTHC, {
      parts: list(', trong đó ', [
        [
          'đã được đánh giá tác động',
          issuedAssessed,
          {
            rate: {
              over: issued,
              stated: row('issuedAssessedRate'),
              name: 'tỷ lệ TTHC ban hành đã được đánh giá tác động',
            },
          },
        ],
      ]),
      checks: [
        atMost(issuedAssessed, 'số TTHC ban hành đã được đánh giá tác động', issued, 'số TTHC được ban hành'),
      ],
    }),
    // «đã được đánh giá tác động: không» is a statement of its own when the number issued is not given (the
    // sentence above then states no figure: a zero part is not listed unless the style asks for it).
    ifStated('Số lượng TTHC được ban hành trong kỳ báo cáo đã được đánh giá tác động', issuedAssessed, TTHC, {
      when: (read, style) => !read.fig(issued) && read.fig(issuedAssessed)?.value === 0 && !style.zeroParts,
    }),
  ],
};
