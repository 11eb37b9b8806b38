/**
 * The words of deadlines: "2024年6月底前", "12月31日前", "截至年底", "按期完成", and what is due after a date
 * ("12月底到位", "6月份完成宣传片制作").
 *
 * @module
 */

/** @internal Phrases meaning "on schedule", a deadline with no date. */
export const ON_SCHEDULE_PHRASES: readonly string[] = [
  '按期完成', '按时完成', '如期完成', '按计划完成', '按进度完成', '按期', '按时', '如期', '及时完成', '及时', '按计划', '按进度',
  '当年完成', '年内完成', '年度内完成', '按要求完成', '按节点完成',
]

/**
 * @internal Text that says "on schedule" without a date: 按期, 按时, 及时, 按月, 在计划完成时间内 … (a negated or late
 * phrase is not: see LATE_WORDS).
 */
export const ON_SCHEDULE_PATTERN = /按期|按时|如期|按计划|按进度|按节点|按月|按季度?|按年度?|定期|(计划|规定|要求|约定).{0,6}(时间|期限|时限)(内|前)|时限内|及时/

/** @internal Words before a date ("截至", "于", "最迟于"). */
export const DEADLINE_PREFIXES: readonly string[] = ['截至到', '截止到', '截至', '截止', '最迟于', '最迟', '不晚于', '须于', '应于', '于', '在', '到', '至']

/** @internal Words after a date that make it a deadline ("前", "底前完成", "为止"). */
export const DEADLINE_SUFFIXES: readonly string[] = [
  '前完成', '之前完成', '以前完成', '底前完成', '内完成', '完成', '之前', '以前', '前', '以内', '之内', '内', '止', '为止', '截止', '结束', '完工', '竣工', '办结', '全部完成',
]

/** @internal Words that say what is due after a date ("12月底到位", "6月份完成…", "10月底前报送…"). */
export const COMPLETION_WORDS: readonly string[] = [
  '完成', '到位', '办结', '实施', '建成', '上线', '启动', '投入', '开展', '验收', '交付', '拨付', '下达', '发放', '兑现', '竣工', '完工', '印发', '出台', '召开', '举办', '结束', '提交', '报送',
  '上报', '编制', '制定', '出具', '公布', '公示', '发布', '报告', '送交', '交回', '发到', '发送', '递交', '呈交',
]

/** @internal Characters a deadline may start with: a cheap test before the deadline grammar runs. */
export const DEADLINE_STARTS: readonly string[] = ['第', '上', '下', '年', '本', '当', '今', '明', '次', '翌', '截', '于', '在', '到', '至', '最', '不', '须', '应', '按', '如', '及', 'Q', '全']

/**
 * @internal What every deadline the deadline grammar reads holds: a month or a year written with its number, a numeric
 * date, a period of the year, or an on-schedule word. A text with none of them is no deadline, and the grammar is not run.
 */
export const DEADLINE_MARKS = /[0-9〇零一二三四五六七八九十两]月|\d{4}[.\-/年]|[〇零一二三四五六七八九]{4}年|\d{1,2}[./]\d{1,2}|年底|年末|年终|年内|年度内|半年|全年|季度|Q[1-4]|按期|按时|如期|及时|按计划|按进度|按节点|按要求|当年完成/

/** @internal Words in a subject before a number that say a deadline stands there ("12月底前100%到位"). */
export const DEADLINE_IN_SUBJECT = /前|底|末|日|止|截至|截止|\d{4}年|今年|明年|本年|当年|年内/

/** @internal Words before a leading date that say nothing of it ("力争到2025年", "预计到2024年", "确保年底"). */
export const DEADLINE_FILLERS: readonly string[] = ['力争', '预计', '确保', '计划', '争取', '预期', '力求']

/** @internal Years named relative to the evaluation year: this year or the next, by its end. */
export const RELATIVE_YEARS: readonly string[] = ['今年', '明年', '年内'] // not 当年 or 本年: "当年开工率" is a name

/** @internal Words before a year that make it a deadline even with words after it ("到2025年…", "截至2024年…"). */
export const BY_YEAR_PREFIXES: readonly string[] = ['到', '至', '截至', '截止', '截至到', '截止到']

/** @internal Modifiers of a month and the day they mean: 底 and 末 the last, 中旬 the 20th, 上旬 and 初 the 10th. */
export const MONTH_MODIFIERS: readonly string[] = ['底', '末', '下旬', '中旬', '上旬', '初', '中']

/** @internal Words for the end of a year, after a year or alone ("2024年底", "年末", "年内"). */
export const YEAR_END_WORDS: readonly string[] = ['年底', '年末', '年终', '年内', '年度内', '底', '末']

/** @internal Words after a year that still belong to the date ("2024年底前", "2022年度"), then 前 / 以前 / 内. */
export const YEAR_TAILS: readonly string[] = ['年底前', '年底', '底前', '年末', '末', '底', '度', '年内', '内']

/**
 * @internal The characters one of which every deadline mark holds (a cheap test before {@link DEADLINE_MARKS}): 月, 年,
 * 季, 期, 时, 底, 末, 内, Q, 按, 如, 及, 当, and the separators of numeric dates.
 */
export const DATE_CHARACTERS: readonly string[] = [...'月年季期时底末内Q按如及当.-/']

/**
 * @internal Words that make the dates after them a schedule that repeats ("每年3月、9月份发放"): no deadline of a year, but
 * "on schedule", for a person to check against the plan.
 */
export const RECURRING_WORDS: readonly string[] = ['每年', '每半年', '每季度', '每季', '每月', '每周']
