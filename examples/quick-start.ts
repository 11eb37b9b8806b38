/**
 * `npm run example`: read the numbers, quantities and targets of a real
 * self-evaluation report (广州市从化区司法局 2022年部门整体支出绩效自评报告),
 * and judge the actual values against the targets.
 */
import { convertQuantity, evaluateTarget, formatNumber, formatTarget, parseNumber, parseQuantity, parseTarget } from '../src/index.js'

/** Quantities as the report writes them, read exactly. */
export function readQuantities(): string[] {
  const lines: string[] = []
  for (const text of ['803个', '152.2万元', '8608.99 万元', '3093635 元', '99.16%', '1165件', '千分之二', '九成', '1982 人次']) {
    const q = parseQuantity(text)
    lines.push(`${text.padEnd(14)} → amount ${q.amount.toString().padEnd(10)} unit ${q.unit}`)
  }
  const money = convertQuantity(parseQuantity('152.2万元'), '元')
  lines.push(`152.2万元 in 元 → ${formatNumber(money.amount, { grouping: true })}元`)
  lines.push(`一千一百一十三 → ${parseNumber('一千一百一十三').toString()}; 1113 in 大写 → ${formatNumber(1113, { style: 'financial' })}`)
  return lines
}

/** The report's targets (年度指标值) against actual values, judged. */
export function judgeTargets(): string[] {
  const rows: [string, string, string][] = [
    ['普法宣传知识普及率', '90%以上', '95%'],
    ['在校学生违法犯罪率', '千分之一以下', '0'],
    ['司法社工与社区矫正对象比例', '1:20', '1:18'],
    ['社区矫正对象再犯罪率', '不超过千分之二', '0.3%'],
    ['矛盾纠纷化解成功率', '100%', '99.16%'],
    ['培训方案、计划达标率', '90%或以上', '93'],
  ]
  return rows.map(([name, target, actual]) => {
    const t = parseTarget(target)
    const a = evaluateTarget(t, actual)
    return `${name}: ${target} (${formatTarget(t)} / ${formatTarget(t, { style: 'chinese' })}) — ${a.zh}`
  })
}

console.log('— quantities —')
for (const line of readQuantities()) console.log(line)
console.log('— targets —')
for (const line of judgeTargets()) console.log(line)
