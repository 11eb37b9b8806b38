/**
 * Ready frameworks as data: the national layouts of a project's self-evaluation (财预〔2020〕10号, and the layout with
 * 成本指标 as a level-1 group) and the 2013 common framework of a department's overall self-evaluation (财预〔2013〕53号).
 *
 * @module
 */
export { projectSelfEvaluation, safeProjectSelfEvaluation } from './project.js'
export type { BudgetLineInput, ProjectCategoryKey, ProjectGroupKey, ProjectSelfEvaluationInput } from './project.js'
export { PROJECT_FRAMEWORK_2020, PROJECT_FRAMEWORK_COST_FIRST } from './project-layouts.js'
export type { ProjectCategorySpec, ProjectGroupSpec, ProjectLayout, ProjectLayoutKey } from './project-layouts.js'
export { departmentOverall, safeDepartmentOverall } from './department.js'
export type { CommonIndicatorInput, DepartmentOverallInput, DutiesInput } from './department.js'
export { DEPARTMENT_COMMON_INDICATORS, DEPARTMENT_FRAMEWORK_2013 } from './department-indicators.js'
export type { CommonFormula, CommonIndicator, DepartmentFramework, DepartmentGroupKey, DepartmentGroupSpec, DepartmentLevel1Spec, DepartmentLevel2Spec, DepartmentSubgroupKey, FormulaFigure } from './department-indicators.js'
export type { FrameworkHeaderInput, FrameworkIndicatorInput } from './read-input.js'
export { FrameworkError } from './framework-error.js'
export { frameworkIssueMessage } from './issues.js'
export type { FrameworkIssue, FrameworkIssueOf } from './issues.js'
export { frameworkMessageTable } from '../messages/framework-locale.js'
export { frameworkZh } from '../messages/framework-zh.js'
export { frameworkEn } from '../messages/framework-en.js'
export type { FrameworkIssueTexts, FrameworkMessageTable } from '../messages/framework-table.js'
export type {
  FigureProblem,
  FormulaFigureText,
  FormulaNoteDetails,
  FrameworkActualConflictDetails,
  FrameworkDutiesConflictDetails,
  FrameworkErrorCode,
  FrameworkFigureDetails,
  FrameworkFigureInvalidDetails,
  FrameworkFigureUnknownDetails,
  FrameworkIndicatorDetails,
  FrameworkInputInvalidDetails,
  FrameworkInputProblem,
  FrameworkIssueDetailsByCode,
  FrameworkWeightRequiredDetails,
} from '../messages/framework-details.js'
