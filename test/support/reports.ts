/**
 * Reports to render in the tests (DOM checks in `npm test`, the real browser in `npm run test:browser`): a published
 * table with printed scores, one with names that try to be markup, and one with long names, an undecided indicator and
 * a missed target.
 */
import { readFileSync } from 'node:fs'
import { defineEvaluation, evaluationFromRows, scoreEvaluation, type ScoreReport } from '../../src/index.js'

/** 《(临时救助)绩效目标自评表》, 濉溪县民政局 2019 (https://www.sxx.gov.cn/zwgk/public/811/56426371.html): a published table with printed scores. */
export function suixiReport(): ScoreReport {
  const file = new URL('../fixtures/tables/anhui-suixi-mzj-linshijiuzhu-2019-self.json', import.meta.url)
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as { headerRow: number; rows: Record<string, string>[] }
  return scoreEvaluation(evaluationFromRows(fixture.rows, { firstRow: fixture.headerRow + 1, metadata: { kind: '项目支出', year: 2019, name: '临时救助' } }))
}

/** Names, targets and reasons that are markup, script, or control characters. */
export const HOSTILE = {
  name: '<script>window.__pwned = 1</script>',
  group: '<img src=x onerror="window.__pwned = 2">',
  deviation: '"><svg onload="window.__pwned=3">&amp; | * _ # \u0007',
  project: '</title><script>window.__pwned=4</script>',
} as const

/** A report whose every text tries to be markup. */
export function hostileReport(): ScoreReport {
  return scoreEvaluation(
    defineEvaluation({
      kind: '项目支出',
      year: 2023,
      name: HOSTILE.project,
      groups: [
        {
          name: HOSTILE.group,
          children: [
            {
              name: '数量指标',
              children: [
                { name: HOSTILE.name, weight: 50, target: '≥100人次', actual: '80人次', deviation: HOSTILE.deviation },
                { name: '培训合格率 </td></tr></table><script>window.__pwned=5</script>', weight: 50, target: '≥90%', actual: '95%' },
              ],
            },
          ],
        },
      ],
    }),
  )
}

/** Long names (a 124-letter run without a break), weights with four places, an undecided indicator (no actual) and a missed target, in a department's table. */
export function longNamesReport(): ScoreReport {
  const task = '任务 7: 根据自然人、法人或者其他组织的申请, 依照法定程序对民事法律行为、有法律意义的事实和文书的真实性、合法性予以证明。'
  return scoreEvaluation(
    defineEvaluation({
      kind: '部门整体支出',
      year: 2022,
      name: '广州市从化区司法局部门整体支出（长名称与待定指标的排版检查）',
      groups: [
        {
          name: '履职效能',
          children: [
            {
              name: task,
              children: [
                { name: '指标 1: 公证事项办结率', weight: '13.3333', target: '100%', actual: '98%', deviation: '个别案件因当事人补充材料延期，已于次年一月办结，情况已在报告中说明并附有台账记录' },
                { name: '指标 2: 人员考核达标率', weight: '46.6667', target: '90%或以上', actual: '95%' },
                { name: '指标 3: 投诉及时有效处理率（ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz）', weight: 40, target: '90%或以上' },
              ],
            },
          ],
        },
      ],
    }),
  )
}
