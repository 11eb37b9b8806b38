/**
 * The words and marks that give a target its shape: ranges, ratios, compounds, lists read "respectively", brackets and
 * the punctuation tables leave at the end of a cell.
 *
 * @module
 */

/** @internal Range separators between two numbers (also between two dates); — and – are "-" after `normalizeWidth`. */
export const RANGE_SEPARATORS: readonly string[] = ['-', '~', '至', '到']

/** @internal 介于 opens a range, 之间 / 区间 closes it ("介于80%和90%之间"). */
export const BETWEEN_WORDS: readonly string[] = ['介于']
/** @internal */
export const BETWEEN_CLOSERS: readonly string[] = ['之间', '区间']

/** @internal ± before one number is a range around 0 ("±5%以内"). */
export const PLUS_MINUS: readonly string[] = ['±', '+/-', '+-']

/** @internal 和, 与 and 及 join two numbers ("24%和30%", "10个及一套"), or the two ends of a 介于 range; between words they are words. */
export const AND_WORDS: readonly string[] = ['和', '与', '及']

/** @internal Words that join two targets of which either is enough (any). */
export const ANY_JOINERS: readonly string[] = ['或者', '或']
/** @internal Words that join two targets that must both hold (all). */
export const ALL_JOINERS: readonly string[] = ['并且', '而且', '同时', '且', '并']
/** @internal Punctuation that joins parts of a list or a compound. */
export const PUNCTUATION_JOINERS: readonly string[] = [',', ';', '、', '，', '；']

/**
 * @internal Words that read a list "respectively" or "each": after a list of subjects ("甲率、乙率和丙率分别控制在
 * 2.5‰、4‰和7.2‰以下", "甲率、乙率均达到95%") they pair each subject with its value, or give every subject the one value.
 * 均 and 都 only count after a list of two or more subjects (人均, 平均 are words of their own).
 */
export const DISTRIBUTIVE_WORDS: readonly string[] = ['分别', '各自', '均', '都', '各']

/** @internal What separates the subjects of a list ("甲率、乙率和丙率"). */
export const SUBJECT_SEPARATORS: readonly string[] = ['、', '和', '与', '及', '以及']

/** @internal Words a distributive word may take before its values ("分别于3月和6月前", "分别为…"). */
export const DISTRIBUTIVE_LINKS: readonly string[] = ['于', '在', '是']

/** @internal Words that open an item of a list in prose and name no subject ("一是全国…", "其中…"). */
export const ENUMERATORS: readonly string[] = ['一是', '二是', '三是', '四是', '五是', '其中', '同时']

/** @internal Clause separators: a list of subjects is read from the last clause before its values. */
export const CLAUSE_SEPARATORS: readonly string[] = [',', '，', ';', '；', ':', '：']

/** @internal Punctuation a table leaves at the end of a cell. */
export const TRAILING_PUNCTUATION: readonly string[] = ['。', '.', ';', '；', ',', '，', '、', '!', '！', ':', '：']

/** @internal The brackets the grammar reads, opening to closing. 《》 and “” hold titles and quotations: words. */
export const BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '【': '】', '〔': '〕' }
/** @internal */
export const TITLE_BRACKETS: Readonly<Record<string, string>> = { '《': '》', '“': '”', '〈': '〉', '「': '」', '『': '』' }

/** @internal Notes in brackets that say whether the boundary is in (含, 包括) or out (不含). */
export const INCLUDE_WORDS: readonly string[] = ['含', '包含', '包括']
/** @internal */
export const EXCLUDE_WORDS: readonly string[] = ['不含', '不包含', '不包括']

/**
 * @internal The code of a standard: a letter prefix (GB, GB/T, HJ, DB11 …), its serial number and its year, "GB 3838-2002",
 * "GB/T 19001-2016", "HJ 2.2-2018" (the numbering of GB/T 1.1): a name, whose numbers are no range and no target.
 */
export const STANDARD_CODE = /[A-Z]{1,4}\d{0,2}(?:\/[A-Z]?)?\s?\d+(?:\.\d+)*-\d{2,4}/y

/** @internal Brackets that close the year of a document number ("财预〔2020〕10号", "鲁财科教(2024)67号"): the number after them is its serial. */
export const DOCUMENT_YEAR_CLOSERS: readonly string[] = ['〕', ']', ')', '）', '】']
