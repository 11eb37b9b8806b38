// A TypeDoc plugin: every export is put in the category of the layer it comes from (its folder under src/), so the
// reference shows the path parse → define → score → render (Numbers, Quantities, Targets, Attainment, Indicators,
// Scoring, Frameworks, Reports) before the alphabet. An export's own @category tag wins.
import { Comment, CommentTag, Converter } from 'typedoc'

/** Folders of src/ (and the messages of each layer) to categories, first match wins. */
const CATEGORIES = [
  [/\/src\/numbers\//, 'Numbers'],
  [/\/src\/quantities\//, 'Quantities'],
  [/\/src\/targets\//, 'Targets'],
  [/\/src\/attainment\//, 'Attainment'],
  [/\/src\/indicators\/|\/src\/messages\/(evaluation|rows)-/, 'Indicators'],
  [/\/src\/scoring\/|\/src\/messages\/scoring-/, 'Scoring'],
  [/\/src\/frameworks\/|\/src\/messages\/framework-/, 'Frameworks'],
  [/\/src\/reports\/|\/src\/messages\/report-/, 'Reports'],
  [/\/src\/messages\/attainment-/, 'Attainment'],
  [/\/src\/(errors|result|messages\/)/, 'Errors and messages'],
]

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {Map<import('typedoc').Reflection, string>} */
  const found = new Map()
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.parent !== context.project) return
    const symbol = context.getSymbolFromReflection(reflection)
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName.replaceAll('\\', '/') ?? ''
    const category = CATEGORIES.find(([pattern]) => pattern.test(file))
    if (category !== undefined) found.set(reflection, category[1])
  })
  // after the comments are read, before the categories are made
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, () => {
    for (const [reflection, category] of found) {
      reflection.comment ??= new Comment()
      if (reflection.comment.blockTags.some((t) => t.tag === '@category')) continue
      reflection.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]))
    }
    found.clear()
  })
}
