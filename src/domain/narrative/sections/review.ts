/** II.3 Rà soát, đơn giản hóa TTHC — from Biểu KSTT-RS: the plan, what was reviewed and the options proposed. */
import { addsUp, atMost, ifStated, list, row, type PartEntry, type SectionSpec } from '../section';

const TTHC = 'TTHC';
const REVIEWED = 'số TTHC đã rà soát';
const [planned, reviewed] = [row('planned'), row('reviewed')];

const OPTIONS: readonly PartEntry[] = [
  ['giữ nguyên', row('keep')],
  ['bãi bỏ', row('abolish')],
  ['sửa đổi, bổ sung', row('amend')],
  ['thay thế', row('replace')],
  ['thực hiện liên thông', row('interlink')],
  ['có giải pháp thực hiện trên môi trường điện tử', row('eSolution')],
];

export const reviewSection: SectionSpec = {
  id: 'II.3',
  form: { codes: ['KSTT-RS'] },
  sentences: [
    ifStated('Số lượng TTHC cần rà soát theo kế hoạch', planned, TTHC),
    ifStated('Số lượng TTHC đã rà soát', reviewed, TTHC, {
      rate: {
        over: planned,
        stated: row('completionRate'),
        name: 'tỷ lệ hoàn thành kế hoạch rà soát',
        suffix: ' kế hoạch',
        positive: 'over',
      },
    }),
    {
      kind: 'list',
      ...list('Phương án xử lý sau rà soát: ', OPTIONS),
      noun: TTHC,
      zeros: 'never',
      when: (read) => (read.fig(reviewed)?.value ?? 0) > 0,
      checks: [
        addsUp(
          reviewed,
          REVIEWED,
          OPTIONS.map(([, figure]) => figure),
          'số TTHC theo các phương án',
        ),
        ...OPTIONS.map(([label, figure]) =>
          atMost(figure, `số TTHC có phương án «${label}»`, reviewed, REVIEWED),
        ),
      ],
    },
  ],
};
