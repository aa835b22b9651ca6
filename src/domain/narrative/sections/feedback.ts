/** II.4 Tiếp nhận, xử lý phản ánh, kiến nghị — from Biểu II.05a. */
import { addsUp, atMost, ifStated, list, stated, sumOf, total, type SectionSpec } from '../section';

const PAKN = 'phản ánh, kiến nghị';
const RECEIVED = 'tổng số phản ánh, kiến nghị đã tiếp nhận';
const [received, fresh, carried] = [total('received'), total('new'), total('carried')];
const [processed, inProgress, published] = [total('processed'), total('inProgress'), total('published')];
const [aboutRules, aboutConduct] = [total('aboutRules'), total('aboutConduct')];

export const feedbackSection: SectionSpec = {
  id: 'II.4',
  form: { codes: ['II.05a'] },
  sentences: [
    stated('Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo', received, PAKN, {
      parts: list(', trong đó: ', [
        ['tiếp nhận mới trong kỳ', fresh],
        ['từ kỳ trước chuyển qua', carried],
      ]),
      checks: [
        addsUp(received, RECEIVED, [fresh, carried], 'số tiếp nhận mới và từ kỳ trước'),
        addsUp(received, RECEIVED, [processed, inProgress], 'số đã xử lý và đang xử lý'),
      ],
    }),
    // The content split: said in words when typed as zeros («không có … về quy định hành chính»), never for blanks.
    {
      kind: 'list',
      ...list('Về nội dung: ', [
        ['về quy định hành chính', aboutRules],
        ['về hành vi hành chính', aboutConduct],
      ]),
      noun: PAKN,
      zeros: 'always',
      checks: [
        atMost(
          sumOf(aboutRules, aboutConduct),
          'số phản ánh, kiến nghị về quy định và về hành vi hành chính',
          received,
          'tổng số đã tiếp nhận',
        ),
      ],
    },
    stated('Số phản ánh, kiến nghị đã xử lý', processed, PAKN, {
      detail: { intro: '; trong đó số đã được đăng tải công khai: ', figure: published, noun: PAKN },
      checks: [atMost(published, 'số phản ánh, kiến nghị đã đăng tải công khai', processed, 'số đã xử lý')],
    }),
    ifStated('Số phản ánh, kiến nghị đang xử lý', inProgress, PAKN),
  ],
};
